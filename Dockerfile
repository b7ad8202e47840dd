# Production-like image of the web host. Build: docker build -t tescforce .
# syntax=docker/dockerfile:1

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
# Restore first, from the project files alone, so that the package layer is cached between builds.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/TescForce.Domain/TescForce.Domain.csproj src/TescForce.Domain/
COPY src/TescForce.Matching/TescForce.Matching.csproj src/TescForce.Matching/
COPY src/TescForce.Application/TescForce.Application.csproj src/TescForce.Application/
COPY src/TescForce.Infrastructure/TescForce.Infrastructure.csproj src/TescForce.Infrastructure/
COPY src/TescForce.Migrations.Sqlite/TescForce.Migrations.Sqlite.csproj src/TescForce.Migrations.Sqlite/
COPY src/TescForce.Migrations.PostgreSql/TescForce.Migrations.PostgreSql.csproj src/TescForce.Migrations.PostgreSql/
COPY src/TescForce.Web/TescForce.Web.csproj src/TescForce.Web/
RUN dotnet restore src/TescForce.Web/TescForce.Web.csproj
COPY src/ src/
RUN dotnet publish src/TescForce.Web/TescForce.Web.csproj -c Release -o /app --no-restore

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS final
WORKDIR /app
ENV ASPNETCORE_ENVIRONMENT=Production \
    ASPNETCORE_HTTP_PORTS=8080 \
    Database__Provider=PostgreSql
COPY --from=build /app .
# The official images define a non-root "app" user (APP_UID); never run the app as root.
USER $APP_UID
EXPOSE 8080
ENTRYPOINT ["dotnet", "TescForce.Web.dll"]

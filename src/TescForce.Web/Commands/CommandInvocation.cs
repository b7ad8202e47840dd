namespace TescForce.Web.Commands;

/// <summary>One run of a command: the services of its scope, its parsed options and the console it talks to.</summary>
public sealed record CommandInvocation(IServiceProvider Services, CommandArguments Arguments, CommandConsole Console);

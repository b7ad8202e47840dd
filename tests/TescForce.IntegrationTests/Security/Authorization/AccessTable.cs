using static TescForce.IntegrationTests.Security.Authorization.Expect;

namespace TescForce.IntegrationTests.Security.Authorization;

/// <summary>
/// Every route of the app against every actor, with the expected answer: the one table of "who may do what" over HTTP. A
/// "B" placeholder is another organisation's resource (company B's consultant, client B's mission, the request made to company B):
/// those rows are the cross-organisation attempts. Columns: anonymous, client A's member, company A's member, curator, company A's
/// key, client A's key. Besides the expected class, every answer is searched for the texts its actor must never see
/// (<see cref="AuthorizationScenario.Secrets"/>), and a refused write must leave the database as it was.
/// </summary>
public static class AccessTable
{
    private const string Consultant = """
        {"fullName":"Synced Consultant","email":"synced.consultant@example.com","headline":"Platform engineer","summary":"Kubernetes.",
         "seniorityYears":6,"city":"Lyon","dailyRateEur":550,"availableFrom":"2030-01-07","capacityPercent":100,
         "skills":[{"skillId":{Skill},"level":4,"years":5}],"languages":[{"code":"en","level":"C1"}]}
        """;

    private const string Mission = """
        {"title":"Matrix preview mission","description":"Kubernetes.","skills":[{"skillId":{Skill},"importance":"MustHave","minLevel":3}],
         "languages":[{"code":"en","minLevel":"B2"}],"startDate":"2030-01-07","durationWeeks":12,"workloadPercent":80,"timeZone":"Europe/Berlin"}
        """;

    private const string Consent = """{"consentMethod":"Signed consent form"}""";
    private const string AvailabilityOfA = """{"items":[{"id":"{ConsultantA}","availableFrom":"2030-01-07"}]}""";
    private const string AvailabilityOfB = """{"items":[{"id":"{ConsultantB}","availableFrom":"2030-01-07"}]}""";
    private const string IntroductionOnA = """{"missionId":"{MissionA}","reference":"{ReferenceB}","message":"Again?"}""";
    private const string IntroductionOnB = """{"missionId":"{MissionB}","reference":"{ReferenceA}","message":"Hello"}""";
    private const string Reason = """{"reason":"Staffed elsewhere."}""";
    private const string Nothing = "{}";
    private const string Stale = "\"999\"";

    // Short names keep the columns aligned: what each actor gets.
    private static AccessRow R(string request, string route, Expect anonymous, Expect client, Expect company, Expect curator, Expect companyKey,
        Expect clientKey, string? body = null, string? ifMatch = null) =>
        new(request, route, [anonymous, client, company, curator, companyKey, clientKey], body, ifMatch);

    public static IReadOnlyList<AccessRow> Rows { get; } =
    [
        // ---- API: keys only (a site cookie is 401), each kind its own resources -------------------------------------------------------
        //  request                                                 route                                                   anon     client   company  curator  coKey     clKey
        R("GET /api/v1/skills?q=kubernetes",                        "/api/v1/skills/",                                       NoKey,   NoKey,   NoKey,   NoKey,   Ok,       Ok),
        R("GET /api/v1/skills/{Skill}",                             "/api/v1/skills/{id:int}",                               NoKey,   NoKey,   NoKey,   NoKey,   Ok,       Ok),
        R("GET /api/v1/skills-map",                                 "/api/v1/skills-map",                                    Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /api/v1/consultants",                                "/api/v1/consultants/",                                  NoKey,   NoKey,   NoKey,   NoKey,   Ok,       Refused),
        R("GET /api/v1/consultants?q=Hiddenfield",                  "/api/v1/consultants/",                                  NoKey,   NoKey,   NoKey,   NoKey,   Ok,       Refused),
        R("GET /api/v1/consultants?status=Archived",                "/api/v1/consultants/",                                  NoKey,   NoKey,   NoKey,   NoKey,   Ok,       Refused),
        R("GET /api/v1/consultants/{ConsultantA}",                  "/api/v1/consultants/{id:guid}",                         NoKey,   NoKey,   NoKey,   NoKey,   Ok,       Refused),
        R("GET /api/v1/consultants/{ConsultantB}",                  "/api/v1/consultants/{id:guid}",                         NoKey,   NoKey,   NoKey,   NoKey,   Missing,  Refused),
        R("POST /api/v1/consultants",                               "/api/v1/consultants/",                                  NoKey,   NoKey,   NoKey,   NoKey,   Invalid,  Refused, Nothing),
        R("PUT /api/v1/consultants/{ConsultantA}",                  "/api/v1/consultants/{id:guid}",                         NoKey,   NoKey,   NoKey,   NoKey,   Conflict, Refused, Consultant, Stale),
        R("PUT /api/v1/consultants/{ConsultantB}",                  "/api/v1/consultants/{id:guid}",                         NoKey,   NoKey,   NoKey,   NoKey,   Missing,  Refused, Consultant, Stale),
        R("PUT /api/v1/consultants/{ConsultantB}",                  "/api/v1/consultants/{id:guid}",                         NoKey,   NoKey,   NoKey,   NoKey,   Missing,  Refused, Consultant, "\"1\""),
        // Company A's key may sync a profile with B's external reference: it creates A's own, B's is never touched.
        R("PUT /api/v1/consultants/by-external-reference/{ExternalB}", "/api/v1/consultants/by-external-reference/{externalReference}",
                                                                                                                              NoKey,   NoKey,   NoKey,   NoKey,   Ok,       Refused, Consultant),
        R("PUT /api/v1/consultants/{ConsultantA}/consent",          "/api/v1/consultants/{id:guid}/consent",                 NoKey,   NoKey,   NoKey,   NoKey,   Ok,       Refused, Consent),
        R("PUT /api/v1/consultants/{ConsultantB}/consent",          "/api/v1/consultants/{id:guid}/consent",                 NoKey,   NoKey,   NoKey,   NoKey,   Missing,  Refused, Consent),
        R("POST /api/v1/consultants/{ArchivedA}/submit",            "/api/v1/consultants/{id:guid}/submit",                  NoKey,   NoKey,   NoKey,   NoKey,   Conflict, Refused),
        R("POST /api/v1/consultants/{ConsultantB}/submit",          "/api/v1/consultants/{id:guid}/submit",                  NoKey,   NoKey,   NoKey,   NoKey,   Missing,  Refused),
        R("POST /api/v1/consultants/{ArchivedA}/archive",           "/api/v1/consultants/{id:guid}/archive",                 NoKey,   NoKey,   NoKey,   NoKey,   Conflict, Refused),
        R("POST /api/v1/consultants/{ConsultantB}/archive",         "/api/v1/consultants/{id:guid}/archive",                 NoKey,   NoKey,   NoKey,   NoKey,   Missing,  Refused),
        R("POST /api/v1/consultants/availability",                  "/api/v1/consultants/availability",                      NoKey,   NoKey,   NoKey,   NoKey,   Ok,       Refused, AvailabilityOfA),
        // Another company's id is "no consultant with this id" among the items' errors: nothing changes.
        R("POST /api/v1/consultants/availability",                  "/api/v1/consultants/availability",                      NoKey,   NoKey,   NoKey,   NoKey,   Invalid,  Refused, AvailabilityOfB),
        R("GET /api/v1/missions",                                   "/api/v1/missions/",                                     NoKey,   NoKey,   NoKey,   NoKey,   Refused,  Ok),
        R("GET /api/v1/missions?status=Draft",                      "/api/v1/missions/",                                     NoKey,   NoKey,   NoKey,   NoKey,   Refused,  Ok),
        R("GET /api/v1/missions/{MissionA}",                        "/api/v1/missions/{id:guid}",                            NoKey,   NoKey,   NoKey,   NoKey,   Refused,  Ok),
        R("GET /api/v1/missions/{MissionB}",                        "/api/v1/missions/{id:guid}",                            NoKey,   NoKey,   NoKey,   NoKey,   Refused,  Missing),
        R("GET /api/v1/missions/{DraftB}",                          "/api/v1/missions/{id:guid}",                            NoKey,   NoKey,   NoKey,   NoKey,   Refused,  Missing),
        R("POST /api/v1/missions",                                  "/api/v1/missions/",                                     NoKey,   NoKey,   NoKey,   NoKey,   Refused,  Invalid, Nothing),
        R("PUT /api/v1/missions/{DraftA}",                          "/api/v1/missions/{id:guid}",                            NoKey,   NoKey,   NoKey,   NoKey,   Refused,  Conflict, Mission, Stale),
        R("PUT /api/v1/missions/{DraftB}",                          "/api/v1/missions/{id:guid}",                            NoKey,   NoKey,   NoKey,   NoKey,   Refused,  Missing, Mission, "\"1\""),
        R("POST /api/v1/missions/{MissionA}/submit",                "/api/v1/missions/{id:guid}/submit",                     NoKey,   NoKey,   NoKey,   NoKey,   Refused,  Conflict),
        R("POST /api/v1/missions/{DraftB}/submit",                  "/api/v1/missions/{id:guid}/submit",                     NoKey,   NoKey,   NoKey,   NoKey,   Refused,  Missing),
        R("POST /api/v1/missions/{ClosedA}/close",                  "/api/v1/missions/{id:guid}/close",                      NoKey,   NoKey,   NoKey,   NoKey,   Refused,  Conflict),
        R("POST /api/v1/missions/{MissionB}/close",                 "/api/v1/missions/{id:guid}/close",                      NoKey,   NoKey,   NoKey,   NoKey,   Refused,  Missing),
        R("GET /api/v1/missions/{MissionA}/matches",                "/api/v1/missions/{id:guid}/matches",                    NoKey,   NoKey,   NoKey,   NoKey,   Refused,  Ok),
        R("GET /api/v1/missions/{MissionB}/matches",                "/api/v1/missions/{id:guid}/matches",                    NoKey,   NoKey,   NoKey,   NoKey,   Refused,  Missing),
        R("POST /api/v1/matches/preview",                           "/api/v1/matches/preview",                               NoKey,   NoKey,   NoKey,   NoKey,   Refused,  Ok, Mission),
        R("GET /api/v1/introductions",                              "/api/v1/introductions/",                                NoKey,   NoKey,   NoKey,   NoKey,   Ok,       Ok),
        // Another client's mission id filters down to nothing: the same empty list as an id that does not exist.
        R("GET /api/v1/introductions?status=Requested",             "/api/v1/introductions/",                                NoKey,   NoKey,   NoKey,   NoKey,   Ok,       Ok),
        R("GET /api/v1/introductions?missionId={MissionB}",         "/api/v1/introductions/",                                NoKey,   NoKey,   NoKey,   NoKey,   Invalid,  Ok),
        R("POST /api/v1/introductions",                             "/api/v1/introductions/",                                NoKey,   NoKey,   NoKey,   NoKey,   Refused,  Conflict, IntroductionOnA),
        R("POST /api/v1/introductions",                             "/api/v1/introductions/",                                NoKey,   NoKey,   NoKey,   NoKey,   Refused,  Missing, IntroductionOnB),
        R("POST /api/v1/introductions/{IntroductionAccepted}/accept",  "/api/v1/introductions/{id:guid}/accept",             NoKey,   NoKey,   NoKey,   NoKey,   Conflict, Refused),
        R("POST /api/v1/introductions/{IntroductionRequested}/accept", "/api/v1/introductions/{id:guid}/accept",             NoKey,   NoKey,   NoKey,   NoKey,   Missing,  Refused),
        R("POST /api/v1/introductions/{IntroductionAccepted}/decline", "/api/v1/introductions/{id:guid}/decline",            NoKey,   NoKey,   NoKey,   NoKey,   Conflict, Refused, Reason),
        R("POST /api/v1/introductions/{IntroductionRequested}/decline","/api/v1/introductions/{id:guid}/decline",            NoKey,   NoKey,   NoKey,   NoKey,   Missing,  Refused, Reason),
        R("GET /api/v1/nothing-here",                               "/api/{**rest}",                                         Missing, Missing, Missing, Missing, Missing,  Missing),
        R("GET /openapi/v1.json",                                   "/openapi/{documentName}.json",                          Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /api/docs",                                          "/api/docs/{documentName?}",                             Moved,   Moved,   Moved,   Moved,   Moved,    Moved),
        R("GET /api/docs/",                                         "/api/docs/{documentName?}",                             Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /api/docs/scalar.js",                                "/api/docs/scalar.js",                                   Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /api/docs/scalar.aspnetcore.js",                     "/api/docs/scalar.aspnetcore.js",                        Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /api/docs/favicon.svg",                              "/api/docs/favicon.svg",                                 Ok,      Ok,      Ok,      Ok,      Ok,       Ok),

        // ---- Files and other endpoints of the site: cookies and roles (an API key signs nobody in here) -------------------------------
        // Blazor's circuit hub and files: open to all (each component of a circuit checks its own authorization).
        R("GET /_blazor",                                           "/_blazor",                                              Invalid, Invalid, Invalid, Invalid, Invalid,  Invalid),
        R("POST /_blazor/negotiate?negotiateVersion=1",             "/_blazor/negotiate",                                    Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("POST /_blazor/disconnect/",                              "/_blazor/disconnect/",                                  Invalid, Invalid, Invalid, Invalid, Invalid,  Invalid),
        R("GET /_blazor/initializers/",                             "/_blazor/initializers/",                                Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /_framework/opaque-redirect",                        "/_framework/opaque-redirect",                           Invalid, Invalid, Invalid, Invalid, Invalid,  Invalid),
        R("GET /no-such-file.txt",                                  "{**path:file}",                                         Missing, Missing, Missing, Missing, Missing,  Missing),
        R("HEAD /no-such-file.txt",                                 "{**path:file}",                                         Missing, Missing, Missing, Missing, Missing,  Missing),
        R("GET /health/live",                                       "/health/live",                                          Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /health/ready",                                      "/health/ready",                                         Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /culture/set?culture=en&redirectUri=/",              "/culture/set",                                          Moved,   Moved,   Moved,   Moved,   Moved,    Moved),
        R("GET /company/consultants/export.csv",                    "/company/consultants/export.csv",                       Login,   Denied,  Ok,      Denied,  Login,    Login),
        R("GET /company/consultants/import-template.csv",           "/company/consultants/import-template.csv",              Login,   Denied,  Ok,      Denied,  Login,    Login),
        R("GET /admin/skills-map/export.csv",                       "/admin/skills-map/export.{format}",                     Login,   Denied,  Denied,  Ok,      Login,    Login),
        R("GET /skills-map/export.csv",                             "/skills-map/export.{format}",                           Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /admin/audit/export.csv",                            "/admin/audit/export.csv",                               Login,   Denied,  Denied,  Ok,      Login,    Login),
        R("GET /admin/personal-data/{Anything}/export.json",        "/admin/personal-data/{id:guid}/export.json",            Login,   Denied,  Denied,  Missing, Login,    Login),
        // Form posts without the page's antiforgery token: refused before they do anything.
        R("POST /Account/PerformExternalLogin",                     "/Account/PerformExternalLogin",                         Invalid, Invalid, Invalid, Invalid, Invalid,  Invalid),
        R("POST /Account/Logout",                                   "/Account/Logout",                                       Invalid, Invalid, Invalid, Invalid, Invalid,  Invalid),
        R("POST /Account/PasskeyCreationOptions",                   "/Account/PasskeyCreationOptions",                       Invalid, Invalid, Invalid, Invalid, Invalid,  Invalid),
        R("POST /Account/PasskeyRequestOptions",                    "/Account/PasskeyRequestOptions",                        Invalid, Invalid, Invalid, Invalid, Invalid,  Invalid),
        R("POST /Account/Manage/LinkExternalLogin",                 "/Account/Manage/LinkExternalLogin",                     Login,   Invalid, Invalid, Invalid, Login,    Login),
        R("POST /Account/Manage/DownloadPersonalData",              "/Account/Manage/DownloadPersonalData",                  Login,   Invalid, Invalid, Invalid, Login,    Login),

        // ---- Pages (Blazor, prerendered): anonymous to the login page, a wrong role to access denied ---------------------------------
        R("GET /",                                                  "/",                                                     Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /about",                                             "/about",                                                Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /contact",                                           "/contact",                                              Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /contact/sent",                                      "/contact/sent",                                         Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /legal",                                             "/legal",                                                Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /privacy",                                           "/privacy",                                              Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /privacy/request",                                   "/privacy/request",                                      Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /privacy/request/sent",                              "/privacy/request/sent",                                 Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /skills-map",                                        "/skills-map",                                           Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /Error",                                             "/Error",                                                Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /status/500",                                        "/status/{Code:int}",                                    Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /status/429",                                        "/status/429",                                           Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /not-found",                                         "/not-found",                                            Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /status/404",                                        "/status/404",                                           Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /Account/AccessDenied",                              "/Account/AccessDenied",                                 Refused, Refused, Refused, Refused, Refused,  Refused),
        R("GET /status/401",                                        "/status/401",                                           Refused, Refused, Refused, Refused, Refused,  Refused),
        R("GET /status/403",                                        "/status/403",                                           Refused, Refused, Refused, Refused, Refused,  Refused),
        R("GET /dev/mailbox",                                       "/dev/mailbox",                                          Missing, Missing, Missing, Missing, Missing,  Missing),
        R("GET /dev/mailbox/anyone",                                "/dev/mailbox/{Name}",                                   Missing, Missing, Missing, Missing, Missing,  Missing),
        R("GET /notifications",                                     "/notifications",                                        Login,   Ok,      Ok,      Ok,      Login,    Login),
        R("GET /talent",                                            "/talent",                                               Login,   Ok,      Denied,  Ok,      Login,    Login),

        R("GET /Account/Login",                                     "/Account/Login",                                        Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /Account/Register",                                  "/Account/Register",                                     Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /Account/RegisterClient",                            "/Account/RegisterClient",                               Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /Account/RegisterCompany",                           "/Account/RegisterCompany",                              Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /Account/RegisterConfirmation",                      "/Account/RegisterConfirmation",                         Moved,   Moved,   Moved,   Moved,   Moved,    Moved),
        R("GET /Account/AcceptInvitation",                          "/Account/AcceptInvitation",                             Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /Account/ConfirmEmail",                              "/Account/ConfirmEmail",                                 Moved,   Moved,   Moved,   Moved,   Moved,    Moved),
        R("GET /Account/ConfirmEmailChange",                        "/Account/ConfirmEmailChange",                           Login,   Login,   Login,   Login,   Login,    Login),
        R("GET /Account/ExternalLogin",                             "/Account/ExternalLogin",                                Login,   Login,   Login,   Login,   Login,    Login),
        R("GET /Account/ForgotPassword",                            "/Account/ForgotPassword",                               Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /Account/ForgotPasswordConfirmation",                "/Account/ForgotPasswordConfirmation",                   Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /Account/InvalidPasswordReset",                      "/Account/InvalidPasswordReset",                         Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /Account/InvalidUser",                               "/Account/InvalidUser",                                  Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /Account/Lockout",                                   "/Account/Lockout",                                      Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /Account/LoginWith2fa",                              "/Account/LoginWith2fa",                                 Login,   Login,   Login,   Login,   Login,    Login),
        R("GET /Account/LoginWithRecoveryCode",                     "/Account/LoginWithRecoveryCode",                        Login,   Login,   Login,   Login,   Login,    Login),
        R("GET /Account/ResendEmailConfirmation",                   "/Account/ResendEmailConfirmation",                      Ok,      Ok,      Ok,      Ok,      Ok,       Ok),
        R("GET /Account/ResetPassword",                             "/Account/ResetPassword",                                Moved,   Moved,   Moved,   Moved,   Moved,    Moved),
        R("GET /Account/ResetPasswordConfirmation",                 "/Account/ResetPasswordConfirmation",                    Ok,      Ok,      Ok,      Ok,      Ok,       Ok),

        R("GET /Account/Manage",                                    "/Account/Manage",                                       Login,   Ok,      Ok,      Ok,      Login,    Login),
        R("GET /Account/Manage/ChangePassword",                     "/Account/Manage/ChangePassword",                        Login,   Ok,      Ok,      Ok,      Login,    Login),
        R("GET /Account/Manage/DeletePersonalData",                 "/Account/Manage/DeletePersonalData",                    Login,   Ok,      Ok,      Ok,      Login,    Login),
        R("GET /Account/Manage/Disable2fa",                         "/Account/Manage/Disable2fa",                            Login,   Moved,   Moved,   Ok,      Login,    Login),
        R("GET /Account/Manage/Email",                              "/Account/Manage/Email",                                 Login,   Ok,      Ok,      Ok,      Login,    Login),
        R("GET /Account/Manage/EnableAuthenticator",                "/Account/Manage/EnableAuthenticator",                   Login,   Ok,      Ok,      Ok,      Login,    Login),
        R("GET /Account/Manage/ExternalLogins",                     "/Account/Manage/ExternalLogins",                        Login,   Ok,      Ok,      Ok,      Login,    Login),
        R("GET /Account/Manage/GenerateRecoveryCodes",              "/Account/Manage/GenerateRecoveryCodes",                 Login,   Moved,   Moved,   Ok,      Login,    Login),
        R("GET /Account/Manage/Passkeys",                           "/Account/Manage/Passkeys",                              Login,   Ok,      Ok,      Ok,      Login,    Login),
        R("GET /Account/Manage/PersonalData",                       "/Account/Manage/PersonalData",                          Login,   Ok,      Ok,      Ok,      Login,    Login),
        R("GET /Account/Manage/RenamePasskey/{Anything}",           "/Account/Manage/RenamePasskey/{Id}",                    Login,   Moved,   Moved,   Moved,   Login,    Login),
        R("GET /Account/Manage/ResetAuthenticator",                 "/Account/Manage/ResetAuthenticator",                    Login,   Ok,      Ok,      Ok,      Login,    Login),
        R("GET /Account/Manage/SetPassword",                        "/Account/Manage/SetPassword",                           Login,   Moved,   Moved,   Moved,   Login,    Login),
        R("GET /Account/Manage/TwoFactorAuthentication",            "/Account/Manage/TwoFactorAuthentication",               Login,   Ok,      Ok,      Ok,      Login,    Login),

        // Client pages: client A's member only; another client's mission shows the not-found message (200) and nothing of it.
        R("GET /client/introductions",                              "/client/introductions",                                 Login,   Ok,      Denied,  Denied,  Login,    Login),
        R("GET /client/organisation",                               "/client/organisation",                                  Login,   Ok,      Denied,  Denied,  Login,    Login),
        R("GET /client/missions",                                   "/client/missions",                                      Login,   Ok,      Denied,  Denied,  Login,    Login),
        R("GET /client/missions/new",                               "/client/missions/new",                                  Login,   Ok,      Denied,  Denied,  Login,    Login),
        R("GET /client/missions/{MissionA}",                        "/client/missions/{Id:guid}",                            Login,   Ok,      Denied,  Denied,  Login,    Login),
        R("GET /client/missions/{MissionB}",                        "/client/missions/{Id:guid}",                            Login,   Ok,      Denied,  Denied,  Login,    Login),
        R("GET /client/missions/{DraftB}",                          "/client/missions/{Id:guid}",                            Login,   Ok,      Denied,  Denied,  Login,    Login),
        R("GET /client/missions/{DraftA}/edit",                     "/client/missions/{Id:guid}/edit",                       Login,   Ok,      Denied,  Denied,  Login,    Login),
        R("GET /client/missions/{DraftB}/edit",                     "/client/missions/{Id:guid}/edit",                       Login,   Ok,      Denied,  Denied,  Login,    Login),

        // Company pages: company A's member only; another company's consultant shows the not-found message and nothing of it.
        R("GET /company",                                           "/company",                                              Login,   Denied,  Ok,      Denied,  Login,    Login),
        R("GET /company/consultants",                               "/company/consultants",                                  Login,   Denied,  Ok,      Denied,  Login,    Login),
        R("GET /company/consultants/new",                           "/company/consultants/new",                              Login,   Denied,  Ok,      Denied,  Login,    Login),
        R("GET /company/consultants/import",                        "/company/consultants/import",                           Login,   Denied,  Ok,      Denied,  Login,    Login),
        R("GET /company/consultants/{ConsultantA}",                 "/company/consultants/{Id:guid}",                        Login,   Denied,  Ok,      Denied,  Login,    Login),
        R("GET /company/consultants/{ConsultantB}",                 "/company/consultants/{Id:guid}",                        Login,   Denied,  Ok,      Denied,  Login,    Login),
        R("GET /company/introductions",                             "/company/introductions",                                Login,   Denied,  Ok,      Denied,  Login,    Login),
        R("GET /company/opportunities",                             "/company/opportunities",                                Login,   Denied,  Ok,      Denied,  Login,    Login),

        // Curators' pages.
        R("GET /admin",                                             "/admin",                                                Login,   Denied,  Denied,  Ok,      Login,    Login),
        R("GET /admin/audit",                                       "/admin/audit",                                          Login,   Denied,  Denied,  Ok,      Login,    Login),
        R("GET /admin/clients",                                     "/admin/clients",                                        Login,   Denied,  Denied,  Ok,      Login,    Login),
        R("GET /admin/companies",                                   "/admin/companies",                                      Login,   Denied,  Denied,  Ok,      Login,    Login),
        R("GET /admin/missions",                                    "/admin/missions",                                       Login,   Denied,  Denied,  Ok,      Login,    Login),
        R("GET /admin/personal-data",                               "/admin/personal-data",                                  Login,   Denied,  Denied,  Ok,      Login,    Login),
        R("GET /admin/personal-data/{Anything}",                    "/admin/personal-data/{Id:guid}",                        Login,   Denied,  Denied,  Ok,      Login,    Login),
        R("GET /admin/profiles",                                    "/admin/profiles",                                       Login,   Denied,  Denied,  Ok,      Login,    Login),
        R("GET /admin/profiles/{ConsultantB}",                      "/admin/profiles/{Id:guid}",                             Login,   Denied,  Denied,  Ok,      Login,    Login),
        R("GET /admin/skills-map",                                  "/admin/skills-map",                                     Login,   Denied,  Denied,  Ok,      Login,    Login),
        R("GET /admin/skills",                                      "/admin/skills",                                         Login,   Denied,  Denied,  Ok,      Login,    Login),
        R("GET /admin/skills/{Skill}",                              "/admin/skills/{Id:int}",                                Login,   Denied,  Denied,  Ok,      Login,    Login),
        R("GET /admin/users",                                       "/admin/users",                                          Login,   Denied,  Denied,  Ok,      Login,    Login),
    ];
}

namespace Hub.Api.Security;

/// <summary>
/// How people get a console session. <see cref="Oidc"/>: the OpenID Connect login of the configured authority.
/// <see cref="Local"/>: the embedded default (no authority, so the dev issuer, and never in Production), where the hub
/// itself signs a person in with the role they pick, like the <c>token</c> command does for API callers.
/// </summary>
public sealed record ConsoleLoginMode(bool Oidc, bool Local)
{
    public bool UsesSession => Oidc || Local;

    public static ConsoleLoginMode Of(AuthOptions auth, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(auth);
        ArgumentNullException.ThrowIfNull(environment);
        return new(auth.Console.Enabled, auth.UsesDevIssuer && !environment.IsProduction());
    }
}

using System.Security.Claims;
using Hub.Api.Fhir;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace Hub.Api.Security;

/// <summary><c>/api/me</c> (who the hub thinks you are) and the console's login and logout.</summary>
public static class AuthEndpoints
{
    public static IEndpointRouteBuilder MapAuthEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        endpoints.MapGet("/api/me", Me).WithTags("Auth").WithName("me").WithSummary("The caller as the hub sees it: subject, roles, organisation, client");
        endpoints.MapGet("/auth/login", Login).WithTags("Auth").WithName("auth_login").WithSummary("Console login (OpenID Connect, authorization code + PKCE)");
        endpoints.MapPost("/auth/local-login", ConsoleLocalLogin.SignInAsync).WithTags("Auth").WithName("auth_local_login").ExcludeFromDescription()
            .WithSummary("Console login of the embedded default (dev issuer, outside Production, from loopback only)");
        endpoints.MapPost("/auth/logout", LogoutAsync).WithTags("Auth").WithName("auth_logout").WithSummary("Ends the console session");
        return endpoints;
    }

    public static Ok<CallerInfo> Me(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return TypedResults.Ok(CallerInfo.Of(user));
    }

    public static IResult Login(string? returnUrl, IOptions<AuthOptions> options, ConsoleLoginMode mode, HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(mode);
        if (mode.Local)
        {
            return ConsoleLocalLogin.Form(context, LocalPath(returnUrl));
        }

        if (!options.Value.Console.Enabled)
        {
            return OperationOutcomes.Error(StatusCodes.Status404NotFound, IssueType.NotFound,
                "Console login is not configured: set Hub:Auth:Authority and Hub:Auth:Console:ClientId.");
        }

        return TypedResults.Challenge(new AuthenticationProperties { RedirectUri = LocalPath(returnUrl) }, [SecurityHostingExtensions.ConsoleLoginScheme]);
    }

    /// <summary>Only local paths: an open redirect after login would hand the session to another site.</summary>
    public static string LocalPath(string? returnUrl) =>
        returnUrl is { Length: > 0 } && returnUrl.StartsWith('/') && !returnUrl.StartsWith("//", StringComparison.Ordinal) && !returnUrl.StartsWith("/\\", StringComparison.Ordinal)
            ? returnUrl
            : "/";

    public static async Task<NoContent> LogoutAsync(HttpContext context, ConsoleLoginMode mode)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(mode);
        if (mode.UsesSession)
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }

        return TypedResults.NoContent();
    }
}

public sealed record CallerInfo(string? Subject, IReadOnlyList<string> Roles, string? Organisation, string? ClientId)
{
    public static CallerInfo Of(ClaimsPrincipal user)
    {
        ArgumentNullException.ThrowIfNull(user);
        return new(
            user.FindFirst(HubClaims.Subject)?.Value,
            [.. user.FindAll(HubClaims.Role).Select(c => c.Value).Where(HubRoles.IsKnown).Distinct(StringComparer.Ordinal)],
            user.FindFirst(HubClaims.Organisation)?.Value,
            user.FindFirst(HubClaims.ClientId)?.Value ?? user.FindFirst(HubClaims.AuthorizedParty)?.Value);
    }
}

using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;

namespace Hub.Api.Security;

/// <summary>
/// The console login of the embedded default (<see cref="ConsoleLoginMode.Local"/>): a form to pick a role, then a
/// session cookie, so that <c>dotnet run</c> shows the console with no identity provider. It is the web twin of the
/// <c>token</c> command and as trusted: only without an authority, never in Production (which refuses the dev issuer),
/// and only for requests from the machine itself (loopback), whatever <c>Urls</c> says.
/// </summary>
public static class ConsoleLocalLogin
{
    private static readonly (string Role, string Label)[] Roles =
    [
        (HubRoles.Admin, "Administration du hub"),
        (HubRoles.Coordinator, "Coordination Logement d'abord"),
        (HubRoles.Referent, "Référent"),
        (HubRoles.Observatory, "Observatoire"),
    ];

    public static IResult Form(HttpContext context, string returnUrl)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!IsLocal(context))
        {
            // Not offered to the network at all (404, as when an authority is configured and login is not set up).
            return TypedResults.Problem(title: "No local login here", detail: "The embedded default's login answers on the hub's own machine only.", statusCode: 404);
        }

        var tokens = context.RequestServices.GetRequiredService<IAntiforgery>().GetAndStoreTokens(context);
        var html = HtmlEncoder.Default;
        var options = string.Concat(Roles.Select(r =>
            $"<div class=\"fr-fieldset__element\"><div class=\"fr-radio-group\"><input type=\"radio\" id=\"role-{r.Role}\" name=\"role\" value=\"{r.Role}\"{(r.Role == HubRoles.Admin ? " checked" : "")}>" +
            $"<label class=\"fr-label\" for=\"role-{r.Role}\">{html.Encode(r.Label)}</label></div></div>"));
        var page =
            "<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">" +
            "<title>Connexion locale — Hub Logement d'abord</title><link rel=\"stylesheet\" href=\"/dsfr/dsfr.min.css\"></head><body>" +
            "<main class=\"fr-container fr-my-6w\" role=\"main\" id=\"contenu\"><h1>Connexion locale</h1>" +
            "<div class=\"fr-alert fr-alert--warning fr-mb-3w\"><p>Mode de démonstration (aucun fournisseur d'identité configuré) : " +
            "choisissez un rôle. En production, la connexion passe par ProConnect ou le fournisseur OpenID Connect du département.</p></div>" +
            "<form method=\"post\" action=\"/auth/local-login\">" +
            $"<input type=\"hidden\" name=\"{html.Encode(tokens.FormFieldName)}\" value=\"{html.Encode(tokens.RequestToken ?? string.Empty)}\">" +
            $"<input type=\"hidden\" name=\"returnUrl\" value=\"{html.Encode(returnUrl)}\">" +
            $"<fieldset class=\"fr-fieldset\"><legend class=\"fr-fieldset__legend\">Rôle</legend>{options}</fieldset>" +
            "<div class=\"fr-input-group\"><label class=\"fr-label\" for=\"sujet\">Identifiant de l'agent <span class=\"fr-hint-text\">un référent voit les ménages " +
            "dont l'accompagnement le nomme</span></label><input class=\"fr-input\" id=\"sujet\" name=\"subject\" value=\"agent-local\"></div>" +
            "<button class=\"fr-btn\" type=\"submit\">Se connecter</button></form></main></body></html>";
        context.Response.Headers.ContentSecurityPolicy = "default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'";
        return TypedResults.Content(page, "text/html; charset=utf-8");
    }

    public static async Task<IResult> SignInAsync(HttpContext context, ConsoleLoginMode mode)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(mode);
        if (!mode.Local || !IsLocal(context))
        {
            return TypedResults.NotFound();
        }

        if (!context.Request.HasFormContentType || !await context.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(context))
        {
            return TypedResults.Problem(title: "Formulaire refusé", detail: "Rechargez la page de connexion.", statusCode: StatusCodes.Status400BadRequest);
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        var role = form["role"].ToString();
        var subject = form["subject"].ToString().Trim();
        if (!HubRoles.People.Contains(role, StringComparer.Ordinal) || subject.Length is 0 or > 100)
        {
            return TypedResults.Problem(title: "Connexion refusée", detail: "Choisissez un rôle et un identifiant.", statusCode: StatusCodes.Status400BadRequest);
        }

        var identity = new ClaimsIdentity([new Claim(HubClaims.Subject, subject), new Claim(HubClaims.Role, role)], "local", HubClaims.Subject, HubClaims.Role);
        await context.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        var target = AuthEndpoints.LocalPath(form["returnUrl"].ToString());
        return TypedResults.Redirect(target == "/" ? "/console" : target);
    }

    private static bool IsLocal(HttpContext context) => context.Connection.RemoteIpAddress is { } address && IPAddress.IsLoopback(address);
}

using Microsoft.AspNetCore.Antiforgery;

namespace Hub.Api.Console;

/// <summary>
/// Reads a console form after checking its antiforgery token. Done in the handler, not by binding an
/// <c>IFormCollection</c>: a bound form makes routing answer 415 to other content types before authorization runs,
/// and a caller without the role must get 403 whatever they send.
/// </summary>
public static class ConsoleForm
{
    public static async Task<IFormCollection?> ReadAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Request.HasFormContentType)
        {
            return null;
        }

        var antiforgery = context.RequestServices.GetRequiredService<IAntiforgery>();
        return await antiforgery.IsRequestValidAsync(context) ? await context.Request.ReadFormAsync(context.RequestAborted) : null;
    }

    public static IResult Refused() =>
        TypedResults.Problem(title: "Formulaire refusé", detail: "Le formulaire a expiré ou ne vient pas de la console : rechargez la page.",
            statusCode: StatusCodes.Status400BadRequest);
}

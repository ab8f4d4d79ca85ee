using Microsoft.AspNetCore.Diagnostics;

namespace Hub.Api.Console;

/// <summary>Helpers the console's pages share.</summary>
public static class ConsolePages
{
    /// <summary>
    /// Answers 404 with the page's own French message; the hub's status code pages (OperationOutcome JSON for the API)
    /// are turned off for this response.
    /// </summary>
    public static void NotFound(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.Features.Get<IStatusCodePagesFeature>() is { } pages)
        {
            pages.Enabled = false;
        }

        // Set as the response starts: a page that sets 404 while rendering gets an empty body from the Razor components
        // renderer (it expects the router's not-found page); this way the page's own French message goes out with it.
        context.Response.OnStarting(() =>
        {
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return Task.CompletedTask;
        });
    }
}

using System.Security.Claims;
using System.Text.Json.Nodes;
using Hub.Api.Security;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http.HttpResults;
using Hub.Storage;
using Hub.Storage.Identity;
using Hub.Sync.DeadLetters;
using Hub.Sync.Identity;
using Hub.Sync.Runs;
using Hub.Sync.Survivorship;
using Microsoft.EntityFrameworkCore;

namespace Hub.Api.Console;

/// <summary>
/// What the console's forms post to and the timeline export. Each form carries an antiforgery token, checked by the
/// handler (<see cref="ConsoleForm"/>) after authorization, so a caller without the role gets 403 whatever they send.
/// Each action answers 302 back to its page with a message code (post/redirect/get), so a reload never repeats it.
/// </summary>
public static class ConsoleActions
{
    public static IEndpointRouteBuilder MapConsoleActions(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var group = endpoints.MapGroup(ConsoleHostingExtensions.Root).ExcludeFromDescription();
        group.MapPost("/synchronisation/{name}/lancer", RunAsync).WithName("console_sync_run");
        group.MapPost("/synchronisation/{name}/pause", PauseAsync).WithName("console_sync_pause");
        group.MapPost("/synchronisation/{name}/reprise", ResumeAsync).WithName("console_sync_resume");
        group.MapPost("/rejets/{id}/rejouer", ReplayAsync).WithName("console_dead_letter_replay");
        group.MapPost("/rejets/rejouer", ReplaySelectedAsync).WithName("console_dead_letters_replay");
        group.MapPost("/conflits/{id}/resoudre", ResolveAsync).WithName("console_conflict_resolve");
        group.MapPost("/identite/{id}/fusionner", MergeAsync).WithName("console_identity_merge");
        group.MapPost("/identite/{id}/rejeter", RejectAsync).WithName("console_identity_reject");
        group.MapPost("/identite/decisions/{id}/annuler", UndoAsync).WithName("console_identity_undo");
        group.MapPost("/identite/decisions/{id}/separer", SplitAsync).WithName("console_identity_split");
        group.MapGet("/menages/{id}/export", TimelineExport.ExportAsync).WithName("console_household_export");
        group.MapPost("/deconnexion", SignOutAsync).WithName("console_logout");
        return endpoints;
    }

    public static Task<IResult> RunAsync(string name, HttpContext context, SyncControl control, CancellationToken cancellationToken) =>
        ControlAsync(name, context, control, "lance", () => control.RunNowAsync(name, cancellationToken));

    public static Task<IResult> PauseAsync(string name, HttpContext context, ClaimsPrincipal user, SyncControl control, CancellationToken cancellationToken) =>
        ControlAsync(name, context, control, "pause", () => control.PauseAsync(name, $"{Actor(user)}: mis en pause depuis la console", cancellationToken));

    public static Task<IResult> ResumeAsync(string name, HttpContext context, SyncControl control, CancellationToken cancellationToken) =>
        ControlAsync(name, context, control, "reprise", () => control.ResumeAsync(name, cancellationToken));

    /// <summary>Run now, pause or resume one connector, then back to sync health with what was done.</summary>
    private static async Task<IResult> ControlAsync(string name, HttpContext context, SyncControl control, string done, Func<Task> action)
    {
        if (await ConsoleForm.ReadAsync(context) is null)
        {
            return ConsoleForm.Refused();
        }

        if (!control.Knows(name))
        {
            return TypedResults.NotFound();
        }

        await action();
        return Back($"/synchronisation?message={done}&connecteur={name}");
    }

    public static async Task<IResult> ReplayAsync(string id, HttpContext context, ClaimsPrincipal user, DeadLetterReplayer replayer, CancellationToken cancellationToken)
    {
        if (await ConsoleForm.ReadAsync(context) is not { } form)
        {
            return ConsoleForm.Refused();
        }

        var edited = form["payload"].ToString() is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text) ? text : null;
        var result = await replayer.ReplayAsync(id, edited, Actor(user), cancellationToken);
        return result.Status == ReplayStatus.NotFound
            ? TypedResults.NotFound()
            : Back($"/rejets/{Uri.EscapeDataString(id)}?message={(result.Status == ReplayStatus.Replayed ? "rejoue" : "echec")}");
    }

    public static async Task<IResult> ReplaySelectedAsync(HttpContext context, ClaimsPrincipal user, DeadLetterReplayer replayer, CancellationToken cancellationToken)
    {
        if (await ConsoleForm.ReadAsync(context) is not { } form)
        {
            return ConsoleForm.Refused();
        }

        var ids = form["ids"].Where(i => !string.IsNullOrEmpty(i)).Select(i => i!).Distinct(StringComparer.Ordinal).ToList();
        var replayed = 0;
        foreach (var id in ids)
        {
            if ((await replayer.ReplayAsync(id, null, Actor(user), cancellationToken)).Status == ReplayStatus.Replayed)
            {
                replayed++;
            }
        }

        return Back($"/rejets?message=selection&rejoues={replayed}&demandes={ids.Count}");
    }

    public static async Task<IResult> ResolveAsync(
        string id, HttpContext context, ClaimsPrincipal user, HubDbContext db, ConflictResolver resolver, CancellationToken cancellationToken)
    {
        if (await ConsoleForm.ReadAsync(context) is not { } form)
        {
            return ConsoleForm.Refused();
        }

        var conflict = await db.Conflicts.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (conflict is null)
        {
            return TypedResults.NotFound();
        }

        var value = form["choix"].ToString() == "autre" ? conflict.OtherValue : conflict.KeptValue;
        var result = await resolver.ResolveAsync(id, JsonNode.Parse(value), Actor(user), cancellationToken);
        return Back($"/conflits?message={(result.Status == ConflictResolutionStatus.Resolved ? "resolu" : "non-resolu")}");
    }

    /// <summary>The review's right person merged into its left one (IdentityReviews, as <c>POST /api/identity/reviews/{id}/merge</c>).</summary>
    public static Task<IResult> MergeAsync(string id, HttpContext context, ClaimsPrincipal user, IdentityReviews reviews, CancellationToken cancellationToken) =>
        IdentityAsync(context, () => reviews.MergeAsync(id, Actor(user), cancellationToken), _ => ValueTask.FromResult($"/identite/{Uri.EscapeDataString(id)}"), "fusionne");

    public static Task<IResult> RejectAsync(string id, HttpContext context, ClaimsPrincipal user, IdentityReviews reviews, CancellationToken cancellationToken) =>
        IdentityAsync(context, () => reviews.RejectAsync(id, Actor(user), cancellationToken), _ => ValueTask.FromResult($"/identite/{Uri.EscapeDataString(id)}"), "rejete");

    /// <summary>Takes an automatically linked record back out into its own person (as <c>POST /api/identity/decisions/{id}/split</c>).</summary>
    public static Task<IResult> SplitAsync(string id, HttpContext context, ClaimsPrincipal user, IdentityReviews reviews, CancellationToken cancellationToken) =>
        IdentityAsync(context, () => reviews.SplitAsync(id, Actor(user), cancellationToken), _ => ValueTask.FromResult("/identite"), "separe");

    /// <summary>Undoes a merge, then back to the review it closed (or to the queue for a merge without one).</summary>
    public static Task<IResult> UndoAsync(string id, HttpContext context, ClaimsPrincipal user, IdentityReviews reviews, HubDbContext db, CancellationToken cancellationToken) =>
        IdentityAsync(context, () => reviews.UndoAsync(id, Actor(user), cancellationToken), result => Related(db, result.Decision, cancellationToken), "annule");

    private static async Task<IResult> IdentityAsync(HttpContext context, Func<Task<IdentityActionResult>> action, Func<IdentityActionResult, ValueTask<string>> page, string done)
    {
        if (await ConsoleForm.ReadAsync(context) is null)
        {
            return ConsoleForm.Refused();
        }

        var result = await action();
        return result.Status switch
        {
            IdentityActionStatus.NotFound => TypedResults.NotFound(),
            IdentityActionStatus.Done => Back($"{await page(result)}?message={done}"),
            IdentityActionStatus.NotOpen => Back($"{await page(result)}?message=deja-decide"),
            _ => Back($"{await page(result)}?message=personne-absente"),
        };
    }

    /// <summary>The review page a merge (or its undo) belongs to.</summary>
    private static async ValueTask<string> Related(HubDbContext db, IdentityDecisionRow? decision, CancellationToken cancellationToken)
    {
        // An undo relates to the merge, the merge to the review.
        var merge = decision?.Kind == IdentityDecisionRow.Undo
            ? await db.IdentityDecisions.AsNoTracking().SingleOrDefaultAsync(d => d.Id == decision.RelatedDecisionId, cancellationToken)
            : decision;
        return merge?.RelatedDecisionId is { } review && await db.IdentityDecisions.AnyAsync(d => d.Id == review && d.Kind == IdentityDecisionRow.Review, cancellationToken)
            ? $"/identite/{Uri.EscapeDataString(review)}"
            : "/identite";
    }

    public static async Task<IResult> SignOutAsync(HttpContext context, ConsoleLoginMode mode)
    {
        ArgumentNullException.ThrowIfNull(mode);
        if (await ConsoleForm.ReadAsync(context) is null)
        {
            return ConsoleForm.Refused();
        }

        if (mode.UsesSession)
        {
            await context.SignOutAsync(CookieAuthenticationDefaults.AuthenticationScheme);
        }

        return Back("/au-revoir");
    }

    private static string Actor(ClaimsPrincipal user) => user.Identity?.Name ?? "console";

    private static RedirectHttpResult Back(string path) => TypedResults.Redirect(ConsoleHostingExtensions.Root + path, permanent: false, preserveMethod: false);
}

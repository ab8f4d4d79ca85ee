using System.Globalization;
using Microsoft.AspNetCore.Http;

namespace Hub.Simulators.Hosting;

/// <summary>Paging parameters of the incremental lists, checked as the contract says (400 / 410).</summary>
internal static class RequestReader
{
    public static async Task<(long After, int Limit)?> ReadPagingAsync(HttpContext context)
    {
        var query = context.Request.Query;
        var limit = 500;
        if (query.TryGetValue("limite", out var limitText) &&
            (!int.TryParse(limitText.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > 1000))
        {
            await HttpWriter.WriteProblemAsync(context, 400, "requete-invalide", "Requête invalide",
                "Le paramètre limite doit être compris entre 1 et 1000.", "requete-invalide", [new FieldError("limite", $"valeur {limitText} hors bornes")]);
            return null;
        }

        long after = 0;
        if (query.TryGetValue("curseur", out var cursor) && !SimulatorCursor.TryDecode(cursor.ToString(), out after))
        {
            await HttpWriter.WriteProblemAsync(context, 410, "curseur-expire", "Curseur expiré",
                "Curseur inconnu ou expiré : relire la liste depuis le début.", "curseur-expire");
            return null;
        }

        return (after, limit);
    }

    public static async Task<byte[]> ReadBodyAsync(HttpContext context)
    {
        using var memory = new MemoryStream();
        await context.Request.Body.CopyToAsync(memory, context.RequestAborted);
        return memory.ToArray();
    }
}

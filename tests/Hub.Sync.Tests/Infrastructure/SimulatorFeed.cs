using System.Text.Json.Nodes;

namespace Hub.Sync.Tests.Infrastructure;

/// <summary>
/// Reads a simulator's incremental list over HTTP, as a partner's client would: the source of truth the store is
/// reconciled with. The calls are counted by the simulator, so tests read it before they count.
/// </summary>
public static class SimulatorFeed
{
    public static async Task<IReadOnlyList<JsonObject>> ReadAllAsync(Uri baseUrl, string list)
    {
        using var http = new HttpClient { BaseAddress = baseUrl };
        var elements = new List<JsonObject>();
        string? cursor = null;
        while (true)
        {
            var url = $"v1/{list}?limite=1000" + (cursor is null ? "" : $"&curseur={Uri.EscapeDataString(cursor)}");
            var page = JsonNode.Parse(await http.GetStringAsync(new Uri(url, UriKind.Relative)))!.AsObject();
            elements.AddRange(page["elements"]!.AsArray().Select(e => e!.AsObject()));
            var next = page["curseurSuivant"]!.GetValue<string>();
            if (!page["plusDeDonnees"]!.GetValue<bool>() || next == cursor)
            {
                return elements;
            }

            cursor = next;
        }
    }
}

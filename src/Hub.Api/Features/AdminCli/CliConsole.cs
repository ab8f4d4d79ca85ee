using System.Text.Json;
using System.Text.Json.Nodes;

namespace Hub.Api.Features.AdminCli;

/// <summary>Where the CLI writes: data (tables or JSON) on stdout, progress and errors on stderr.</summary>
internal sealed class CliConsole(TextWriter output, TextWriter error, CliArguments arguments)
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public TextWriter Output => output;

    public TextWriter Error => error;

    public bool Json => arguments.Flag("--json");

    public CliArguments Arguments => arguments;

    public async Task<int> UsageAsync(string message)
    {
        await error.WriteLineAsync(message);
        return AdminCli.Usage;
    }

    public Task WriteJsonAsync(JsonNode? node) => output.WriteLineAsync(node?.ToJsonString(Indented) ?? "null");

    /// <summary>Columns padded to their widest cell.</summary>
    public async Task WriteTableAsync(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string>> rows)
    {
        var all = new List<IReadOnlyList<string>> { header };
        all.AddRange(rows);
        var widths = header.Select((_, i) => all.Max(r => r[i].Length)).ToArray();
        foreach (var row in all)
        {
            await output.WriteLineAsync(string.Join("  ", row.Select((cell, i) => i == row.Count - 1 ? cell : cell.PadRight(widths[i]))).TrimEnd());
        }
    }
}

namespace Hub.Api.Features.AdminCli;

/// <summary>Positional words and <c>--name value</c> options of a command line (host overrides <c>--Hub:X=y</c> are ignored).</summary>
internal sealed class CliArguments
{
    private static readonly HashSet<string> Flags = new(StringComparer.Ordinal) { "--json", "--no-wait" };

    public List<string> Words { get; } = [];

    public Dictionary<string, string> Options { get; } = new(StringComparer.Ordinal);

    public string? Error { get; private set; }

    public static CliArguments Parse(IReadOnlyList<string> args)
    {
        var parsed = new CliArguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (!arg.StartsWith("--", StringComparison.Ordinal))
            {
                parsed.Words.Add(arg);
            }
            else if (arg.Contains('=', StringComparison.Ordinal))
            {
                // --Hub:DataDirectory=/x: the host's configuration, already applied.
            }
            else if (Flags.Contains(arg))
            {
                parsed.Options[arg] = "true";
            }
            else if (i + 1 < args.Count)
            {
                parsed.Options[arg] = args[++i];
            }
            else
            {
                parsed.Error = $"{arg} needs a value.";
            }
        }

        return parsed;
    }

    public string? Word(int index) => index < Words.Count ? Words[index] : null;

    public string? Option(string name) => Options.GetValueOrDefault(name);

    public bool Flag(string name) => Options.ContainsKey(name);
}

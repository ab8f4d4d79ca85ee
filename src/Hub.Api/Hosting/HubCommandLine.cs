namespace Hub.Api.Hosting;

/// <summary>
/// Separates a command (<c>token …</c>) from the host's own options: <c>dotnet run</c> puts the project's
/// <c>--environment Development</c> before the user's arguments.
/// </summary>
public static class HubCommandLine
{
    /// <summary>The command and its arguments, or an empty list when the hub should just serve.</summary>
    public static string[] Command(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var i = 0;
        while (i < args.Count && args[i].StartsWith("--", StringComparison.Ordinal) && !args[i].Contains('=', StringComparison.Ordinal))
        {
            i += 2;
        }

        return i < args.Count && !args[i].StartsWith('-') ? [.. args.Skip(i)] : [];
    }
}

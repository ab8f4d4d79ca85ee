using System.Globalization;
using Hub.Storage;
using Microsoft.Extensions.Options;

namespace Hub.Api.Security;

/// <summary>
/// <c>dotnet run --project src/Hub.Api -- token --role &lt;role&gt; [--subject &lt;id&gt;] [--ttl &lt;minutes&gt;] [--org &lt;code&gt;]</c>:
/// prints a dev-issuer token alone on stdout, for scripts and curl. Refuses when an external authority is configured,
/// since the hub would not trust the token anyway and a token printer next to a real provider invites misuse.
/// </summary>
public static class TokenCommand
{
    public const string Name = "token";

    public static int Run(IReadOnlyList<string> args, IConfiguration configuration, TextWriter output, TextWriter error)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(error);
        var auth = configuration.GetSection(AuthOptions.SectionName).Get<AuthOptions>() ?? new AuthOptions();
        if (!auth.UsesDevIssuer)
        {
            error.WriteLine($"Refused: an external authority is configured ({auth.Authority}); ask it for a token instead.");
            return 2;
        }

        var options = Parse(args, error);
        if (options is null)
        {
            error.WriteLine("Usage: token --role <role> [--subject <id>] [--ttl <minutes>] [--org <code>]");
            error.WriteLine($"Roles: {string.Join(", ", HubRoles.All)}");
            return 64;
        }

        var data = configuration.GetSection(HubDataOptions.SectionName).Get<HubDataOptions>() ?? new HubDataOptions();
        var issuer = new DevTokenIssuer(Options.Create(auth), Options.Create(data), TimeProvider.System);
        output.WriteLine(issuer.Mint([options.Role], options.Subject, options.Lifetime, options.Organisation));
        return 0;
    }

    private static TokenRequest? Parse(IReadOnlyList<string> args, TextWriter error)
    {
        string? role = null, subject = null, organisation = null;
        TimeSpan? lifetime = null;
        for (var i = 0; i < args.Count; i++)
        {
            var value = i + 1 < args.Count ? args[i + 1] : null;
            switch (args[i])
            {
                case "--role": role = value; i++; break;
                case "--subject": subject = value; i++; break;
                case "--org": organisation = value; i++; break;
                case "--ttl" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var minutes) && minutes > 0:
                    lifetime = TimeSpan.FromMinutes(minutes);
                    i++;
                    break;
                // Configuration overrides (--Hub:DataDirectory=/x) are the host's, already in the configuration.
                case var setting when setting.StartsWith("--", StringComparison.Ordinal) && setting.Contains('=', StringComparison.Ordinal):
                    break;
                default:
                    error.WriteLine($"Unknown or incomplete argument '{args[i]}'.");
                    return null;
            }
        }

        if (role is null || !HubRoles.IsKnown(role))
        {
            error.WriteLine(role is null ? "--role is required." : $"Unknown role '{role}'.");
            return null;
        }

        return new TokenRequest(role, subject ?? $"dev-{role.Replace(':', '-')}", lifetime, organisation);
    }

    private sealed record TokenRequest(string Role, string Subject, TimeSpan? Lifetime, string? Organisation);
}

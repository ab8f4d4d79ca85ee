using System.Globalization;
using Hub.Simulators.Hosting;

namespace Hub.Simulators.Referral;

/// <summary>The saisine receiver of one organisation: its secrets, the rights it handles and its named referents.</summary>
internal sealed class ReferralReceiver(SimulatorHost host, string organisme, IReadOnlyDictionary<string, string> keys, string[] rights, string[] referents, string idPrefix)
{
    private long _count;

    public SimulatorHost Host { get; } = host;

    public string Organisme { get; } = organisme;

    public IReadOnlyDictionary<string, string> Keys { get; } = keys;

    public string[] Rights { get; } = rights;

    public string[] Referents { get; } = referents;

    public string NextId(DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"{idPrefix}-{at.Year}-{Interlocked.Increment(ref _count):000000}");
}

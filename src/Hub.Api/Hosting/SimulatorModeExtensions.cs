using Hub.Connectors.Core;
using Hub.Simulators;

namespace Hub.Api.Hosting;

/// <summary>
/// The embedded default: with no partner configured, the hub starts the four simulators in-process on loopback and
/// points its connectors at them, so a fresh `dotnet run` shows records flowing. Configured connectors replace them.
/// </summary>
public static class SimulatorModeExtensions
{
    /// <summary>Credentials the simulators accept; they protect nothing real.</summary>
    private const string SimulatorToken = "simulateur";
    private const string SimulatorRecipient = "00000000000000";

    public static IHostApplicationBuilder AddSimulatorsWhenNoPartnerConfigured(this IHostApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var options = builder.Configuration.GetSection(SimulatorModeOptions.SectionName).Get<SimulatorModeOptions>() ?? new SimulatorModeOptions();
        var configured = ConnectorCatalog.Modules
            .Where(m => !string.IsNullOrEmpty(builder.Configuration[$"{ConnectorOptions.SectionFor(m.Name)}:Connection:BaseUrl"]))
            .Select(m => m.Name)
            .ToList();
        var on = options.Mode switch
        {
            SimulatorMode.On => true,
            SimulatorMode.Off => false,
            _ => configured.Count == 0,
        };
        if (!on)
        {
            return builder;
        }

        var ports = Enum.GetValues<SimulatedSystem>().ToDictionary(s => s, _ => FreeLoopbackPort());
        var simulatorOptions = new SimulatorOptions { Seed = options.Seed, Households = options.Households, Ports = ports };
        var urls = ports.ToDictionary(p => p.Key, p => new Uri($"http://127.0.0.1:{p.Value}/"));
        builder.Services.AddSingleton(simulatorOptions);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton<SimulatedPartners>();
        builder.Services.AddHostedService(sp => sp.GetRequiredService<SimulatedPartners>());
        builder.Services.AddSingleton(sp => sp.GetRequiredService<SimulatedPartners>().Cluster);
        builder.Services.AddHostedService<SimulatedPartnerActivity>();

        var settings = new Dictionary<string, string?>();
        foreach (var (system, url) in urls)
        {
            var name = system.ToString().ToLowerInvariant();
            if (configured.Contains(name))
            {
                continue;
            }

            var section = ConnectorOptions.SectionFor(name);
            settings[$"{section}:Enabled"] = "true";
            settings[$"{section}:Connection:BaseUrl"] = url.ToString();
            settings[$"{section}:Connection:ApiToken"] = SimulatorToken;
            settings[$"{section}:Connection:Recipient"] = SimulatorRecipient;
        }

        AddReferral(settings, "caf", urls[SimulatedSystem.Caf], simulatorOptions.CafReferralKeys);
        AddReferral(settings, "cpam", urls[SimulatedSystem.Cpam], simulatorOptions.CpamReferralKeys);
        builder.Configuration.AddInMemoryCollection(settings);
        return builder;
    }

    /// <summary>
    /// A port nobody listens on right now; the simulator binds it a moment later, on loopback only. It is drawn below
    /// the kernel's ephemeral range: a port the OS hands out (port 0) is one it may also give, in that moment, to any
    /// outgoing connection as its local port, and the simulator then fails to bind (seen in the test suite, where many
    /// hubs and clients start at once).
    /// </summary>
    private static int FreeLoopbackPort()
    {
        var ephemeralStart = EphemeralRangeStart();
        if (ephemeralStart > 12_000)
        {
            for (var attempt = 0; attempt < 50; attempt++)
            {
                var candidate = Random.Shared.Next(10_000, ephemeralStart);
                try
                {
                    using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, candidate);
                    listener.Start();
                    return candidate;
                }
                catch (System.Net.Sockets.SocketException)
                {
                    // Taken: draw another.
                }
            }
        }

        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }

    /// <summary>The first port of Linux's ephemeral range (<c>ip_local_port_range</c>), or 0 where it cannot be read.</summary>
    private static int EphemeralRangeStart()
    {
        const string RangeFile = "/proc/sys/net/ipv4/ip_local_port_range";
        try
        {
            return File.Exists(RangeFile)
                && int.TryParse(File.ReadAllText(RangeFile).Split((char[])['\t', ' '], StringSplitOptions.RemoveEmptyEntries)[0], out var start)
                ? start
                : 0;
        }
        catch (IOException)
        {
            return 0;
        }
    }

    /// <summary>Saisines go to the simulator's receiver; its status callbacks are signed with a simulator-only key.</summary>
    private static void AddReferral(Dictionary<string, string?> settings, string connector, Uri receiver, IReadOnlyDictionary<string, string> keys)
    {
        var (keyId, secret) = keys.First();
        var section = ConnectorOptions.SectionFor(connector);
        settings.TryAdd($"{section}:Connection:SigningKeyId", keyId);
        settings.TryAdd($"{section}:Connection:SigningKey", secret);
        settings.TryAdd($"{section}:Referral:BaseUrl", receiver.ToString());
        settings.TryAdd($"{section}:Referral:InboundKeys:{SimulatorCallbackKeyId(connector)}", SimulatorCallbackSecret(connector));
    }

    public static string SimulatorCallbackKeyId(string connector) => $"{connector}68-sim-callback";

    public static string SimulatorCallbackSecret(string connector) => $"simulateur-{connector}68-secret-vers-hub";
}

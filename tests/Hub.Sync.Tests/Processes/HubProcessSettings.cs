using System.Globalization;

namespace Hub.Sync.Tests.Processes;

/// <summary>
/// Configuration of a hub run as a process by these tests: simulator mode with a still population (no activity, no
/// first sync at start: the same seed gives the same partner data to every process), no schedule (runs are fired
/// through the API), small pages so that a sync has many commit points to be killed between.
/// </summary>
public static class HubProcessSettings
{
    public const string NeverCron = "0 0 0 1 1 ? 2099";

    public static Dictionary<string, string> Simulated(int households, int pageSize, HubDatabase database)
    {
        ArgumentNullException.ThrowIfNull(database);
        var settings = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["Hub:Simulators:Mode"] = "On",
            ["Hub:Simulators:Seed"] = "42",
            ["Hub:Simulators:Households"] = households.ToString(CultureInfo.InvariantCulture),
            ["Hub:Simulators:ActivityInterval"] = "00:00:00",
            ["Hub:Simulators:RunOnStart"] = "false",
            ["Hub:Sync:Enabled"] = "true",
            ["Hub:Api:RateLimit:PermitLimit"] = "0",
            // The dispatcher fires once at start, then not again within a test: deliveries are not what is compared.
            ["Hub:Sync:DispatchInterval"] = "00:10:00",
            ["Hub:Sync:DispatchOnCommit"] = "false",
            ["Logging:LogLevel:Default"] = "Information",
            ["Logging:LogLevel:Microsoft.EntityFrameworkCore"] = "Warning",
            ["Logging:LogLevel:Polly"] = "Warning",
        };
        foreach (var connector in new[] { "siao", "solis", "caf", "cpam" })
        {
            settings[$"Hub:Connectors:{connector}:Schedule:Cron"] = NeverCron;
            settings[$"Hub:Connectors:{connector}:Paging:PageSize"] = pageSize.ToString(CultureInfo.InvariantCulture);
        }

        foreach (var (key, value) in database.Settings())
        {
            settings[key] = value;
        }

        return settings;
    }
}

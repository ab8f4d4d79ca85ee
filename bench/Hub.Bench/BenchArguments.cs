using System.Globalization;

namespace Hub.Bench;

/// <summary>Command-line options shared by every scenario.</summary>
internal sealed record BenchArguments(
    string Scenario, string Database, long? Records, bool Quick, int? Persons = null, int? EventsPerHousehold = null, int? Clients = null)
{
    public static BenchArguments Parse(string[] args)
    {
        var scenario = args.Length > 0 && !args[0].StartsWith("--", StringComparison.Ordinal) ? args[0] : "";
        string database = "sqlite";
        long? records = null;
        var quick = false;
        int? persons = null;
        int? eventsPerHousehold = null;
        int? clients = null;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--db" when i + 1 < args.Length:
                    database = args[++i];
                    break;
                case "--records" when i + 1 < args.Length:
                    records = long.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--persons" when i + 1 < args.Length:
                    persons = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--households" when i + 1 < args.Length:
                    records = long.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--events-per-household" when i + 1 < args.Length:
                    eventsPerHousehold = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--clients" when i + 1 < args.Length:
                    clients = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--quick":
                    quick = true;
                    break;
            }
        }

        return new BenchArguments(scenario, database, records, quick, persons, eventsPerHousehold, clients);
    }
}

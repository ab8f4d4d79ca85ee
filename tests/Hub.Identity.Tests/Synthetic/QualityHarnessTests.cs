using Hub.Identity.Synthetic;
using Xunit.Abstractions;

namespace Hub.Identity.Tests.Synthetic;

public sealed class QualityHarnessTests(ITestOutputHelper output)
{
    [Fact]
    public void Run_SeededSetOfFiveThousandRecords_ReachesPrecisionAndF1Targets()
    {
        var (report, _) = QualityHarness.Run(new SyntheticOptions { Records = 5_000, Seed = 20261204 });
        output.WriteLine(report.ToString());

        Assert.True(report.Precision >= 0.995, report.ToString());
        Assert.True(report.F1 >= 0.99, report.ToString());
    }

    [Fact]
    public void Generate_SameSeed_GivesTheSameSet()
    {
        var first = SyntheticPopulation.Generate(new SyntheticOptions { Records = 500, Seed = 3 });
        var second = SyntheticPopulation.Generate(new SyntheticOptions { Records = 500, Seed = 3 });

        Assert.Equal(first.Records, second.Records);
        Assert.Equal(first.TruthOf, second.TruthOf);
    }

    [Fact]
    public void Generate_Population_ContainsTheHardNegatives()
    {
        var set = SyntheticPopulation.Generate(new SyntheticOptions { Records = 5_000, Seed = 20261204 });
        var byPerson = set.Records.Select((r, i) => (Record: r, Person: set.TruthOf[i])).GroupBy(x => x.Person).Select(g => g.First().Record).ToList();

        // Twins: same family name and complete birth date, different first names.
        Assert.Contains(byPerson.GroupBy(r => (Name: r.BirthName!.ToUpperInvariant(), r.BirthDate)), g => g.Key.BirthDate.IsComplete && g.Select(r => r.FirstNames).Distinct().Count() > 1);
        Assert.True(byPerson.Count(r => r.BirthName!.Equals("MARTIN", StringComparison.OrdinalIgnoreCase)) > 10);
    }

    [Fact]
    public void Measure_PerfectClustering_HasPrecisionAndRecallOne()
    {
        var set = SyntheticPopulation.Generate(new SyntheticOptions { Records = 300, Seed = 11 });
        var first = set.TruthOf.Select((t, i) => Array.IndexOf(set.TruthOf, t)).ToArray();

        var report = QualityHarness.Measure(set, new Hub.Identity.Matching.BatchResult(first, [], 0, 0));

        Assert.Equal(1.0, report.Precision);
        Assert.Equal(1.0, report.Recall);
    }
}

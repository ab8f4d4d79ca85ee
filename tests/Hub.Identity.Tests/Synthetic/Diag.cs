using Hub.Identity.Matching;
using Hub.Identity.Synthetic;
using Xunit.Abstractions;

namespace Hub.Identity.Tests.Synthetic;

public sealed class Diag(ITestOutputHelper output)
{
    [Fact]
    public void Diag_Print()
    {
        var set = SyntheticPopulation.Generate(new SyntheticOptions { Records = 5_000, Seed = 20261204 });
        foreach (var t in new[] { 18.0, 19, 20, 21, 22 })
        {
            var ix = new PersonIndex(new MatchOptions { AutoLinkThreshold = t, ReviewThreshold = Math.Min(t, 13) }, capacity: set.Records.Count);
            output.WriteLine($"T{t}: " + QualityHarness.Measure(set, ix.Deduplicate(set.Records)));
        }

        var threshold = double.Parse(Environment.GetEnvironmentVariable("DIAG_T") ?? "24", System.Globalization.CultureInfo.InvariantCulture);
        var index = new PersonIndex(new MatchOptions { AutoLinkThreshold = threshold, ReviewThreshold = Math.Min(threshold, 13) }, capacity: set.Records.Count);
        var result = index.Deduplicate(set.Records);
        string R(int i) { var r = set.Records[i]; return $"[{r.Source} {r.BirthName}|{r.UsageName}|{r.FirstNames}|{r.BirthDate}|{r.Sex}|{r.BirthPlace}|{r.AddressCommune}|{r.Nir}|{r.CafNumber}]"; }
        string E(int i, int j) { var d = index.Compare(set.Records[i], set.Records[j]); return $"{d.Outcome} {d.Rule} {d.Score} " + string.Join(", ", d.Evidence.Select(e => $"{e.Trait}:{e.Agreement}:{e.Weight}")); }
        var fp = 0;
        for (var i = 0; i < set.Records.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (result.PersonOf[i] == result.PersonOf[j] && set.TruthOf[i] != set.TruthOf[j] && fp++ < 25)
                {
                    output.WriteLine($"FP {R(i)} {R(j)} => {E(i, j)}");
                }
            }
        }

        var fn = 0;
        for (var i = 0; i < set.Records.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (result.PersonOf[i] != result.PersonOf[j] && set.TruthOf[i] == set.TruthOf[j] && fn++ < 30)
                {
                    output.WriteLine($"FN {R(i)} {R(j)} => {E(i, j)}");
                }
            }
        }

        Assert.True(fp >= 0);
    }
}

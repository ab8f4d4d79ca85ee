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
}

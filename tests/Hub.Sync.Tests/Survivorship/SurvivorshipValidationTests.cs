using System.ComponentModel.DataAnnotations;

namespace Hub.Sync.Tests.Survivorship;

public sealed class SurvivorshipValidationTests
{
    [Fact]
    public void Validate_DefaultsOfAppSettings_NoFailure()
    {
        var sut = new SyncOptions();
        sut.Survivorship["Person.birthDate"] = ["cpam", "caf", "siao", "solis", "hub"];
        sut.Survivorship["RightsStatus.*"] = ["caf", "cpam"];

        Assert.Empty(sut.Validate(new ValidationContext(sut)));
    }

    [Fact]
    public void Validate_TypoInTypeFieldAndSource_ReportsEachKey()
    {
        var sut = new SyncOptions();
        sut.Survivorship["Persn.birthDate"] = ["cpam"];
        sut.Survivorship["Person.birthdate"] = ["cpam"];
        sut.Survivorship["Household.*"] = ["sia0", "caf", "caf"];
        sut.Survivorship["Orientation.status"] = [];

        var failures = sut.Validate(new ValidationContext(sut)).Select(f => f.ErrorMessage!).ToList();

        Assert.Contains(failures, f => f.StartsWith("Hub:Sync:Survivorship:Persn.birthDate: 'Persn' is not", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Hub:Sync:Survivorship:Person.birthdate: 'birthdate' is not a top-level field", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Hub:Sync:Survivorship:Household.*: unknown source 'sia0'", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Hub:Sync:Survivorship:Household.*: source 'caf' is listed twice", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Hub:Sync:Survivorship:Orientation.status: list at least one source", StringComparison.Ordinal));
    }
}

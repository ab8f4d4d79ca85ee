using System.Globalization;

namespace Hub.Simulators.Generation;

public sealed partial class HouseholdGenerator
{
    private static readonly ulong BenefitsStream = Rng.Hash("benefits");

    private BenefitsFile? MakeBenefits(SyntheticHousehold household)
    {
        var rng = new Rng(Seed, BenefitsStream, household.Index);
        var asylum = household.Incomes.Any(i => i.Type == "ADA");
        if (asylum || !rng.Chance(Options.CafShare))
        {
            return null;
        }

        // Matricule: a bijection of the index (7919 is prime to 9,000,000), 7 digits for SI-SIAO households,
        // 8 digits for SOLIS-only ones so the two never collide.
        var number = household.SolisOnly
            ? 10_000_000 + ((household.Index - PersonKey.SolisOnlyOffset) * 7919 % 9_000_000)
            : 1_000_000 + (household.Index * 7919 % 9_000_000);
        var children = household.Members.Count(m => m.Role == HouseholdRole.Child);
        var adults = household.Members.Count - children;
        var parts = (adults >= 2 ? 2m : 1m) + (children switch { 0 => 0m, 1 => 0.5m, 2 => 1m, _ => 1m + (children - 2) });
        var monthly = household.Incomes.Sum(i => i.MonthlyAmount);
        var quotient = (int)Math.Round(monthly / parts);
        var has = (string type) => household.Incomes.Any(i => i.Type == type && !i.Pending);
        var youngest = household.Members.Where(m => m.Role == HouseholdRole.Child).Select(m => m.BirthDate).DefaultIfEmpty(DateOnly.MinValue).Max();
        var coverageC2s = household.Members.Any(m => m.HealthCoverage == "C2S");
        return new BenefitsFile
        {
            AllocataireNumber = number.ToString(CultureInfo.InvariantCulture),
            Provider = rng.Chance(0.03) ? "MSA" : "CNAF",
            QuotientFamilial = quotient,
            Rsa = has("RSA"),
            RsaIncrease = has("RSA") && adults == 1 && children > 0 && youngest > ReferenceDate.AddYears(-3),
            ActivityBonus = has("PRIME_ACTIVITE"),
            Aah = has("AAH"),
            Asf = has("ASF"),
            RightsSince = household.Demande.Date.AddDays(-rng.Between(30, 2000)),
            C2s = coverageC2s,
            C2sContribution = coverageC2s && !has("RSA") && rng.Chance(0.3),
        };
    }
}

namespace Hub.Identity.Matching;

/// <summary>
/// The per-trait, per-level m/u table and the weights derived from it. The defaults are estimates for French social
/// records (documented in docs/IDENTITY.md) and were checked with the synthetic quality harness. For birth name, first
/// name, birthplace and address the u of an exact agreement is replaced by the value's frequency in the index (MARTIN
/// agreeing is weaker evidence than a rare name), bounded by <see cref="FrequencyFloor"/>.
/// </summary>
public sealed class MatchWeights
{
    private readonly double[,] _weights = new double[Enum.GetValues<Trait>().Length, Enum.GetValues<Agreement>().Length];

    /// <summary>Builds the weights from a table of levels; levels not listed weigh 0.</summary>
    public MatchWeights(IEnumerable<LevelProbability> levels, double frequencyFloor = 1e-5)
    {
        ArgumentNullException.ThrowIfNull(levels);
        if (frequencyFloor is <= 0 or >= 1)
        {
            throw new ArgumentOutOfRangeException(nameof(frequencyFloor), "the frequency floor is a probability in (0, 1)");
        }

        Levels = levels.ToArray();
        foreach (var level in Levels)
        {
            if (level.M is <= 0 or > 1 || level.U is <= 0 or > 1)
            {
                throw new ArgumentException($"m and u of {level.Trait}/{level.Agreement} must be in (0, 1]", nameof(levels));
            }

            _weights[(int)level.Trait, (int)level.Agreement] = level.Weight;
        }

        FrequencyFloor = frequencyFloor;
    }

    /// <summary>The table the weights come from.</summary>
    public IReadOnlyList<LevelProbability> Levels { get; }

    /// <summary>The smallest u an exact agreement gets from frequencies (caps the weight of a unique name).</summary>
    public double FrequencyFloor { get; }

    /// <summary>The weight of a level (0 for <see cref="Agreement.Missing"/> and unlisted levels).</summary>
    public double Weight(Trait trait, Agreement agreement) => _weights[(int)trait, (int)agreement];

    /// <summary>The weight of an exact agreement on a value seen with relative <paramref name="frequency"/>.</summary>
    public double ExactWeight(Trait trait, double frequency)
    {
        var m = M(trait, Agreement.Exact);
        return frequency <= 0 ? Weight(trait, Agreement.Exact) : Math.Log2(m / Math.Max(frequency, FrequencyFloor));
    }

    private double M(Trait trait, Agreement agreement)
    {
        foreach (var level in Levels)
        {
            if (level.Trait == trait && level.Agreement == agreement)
            {
                return level.M;
            }
        }

        return 1;
    }

    /// <summary>The default table.</summary>
    public static MatchWeights Default { get; } = new(
    [
        new(Trait.BirthName, Agreement.Exact, 0.90, 0.001),
        new(Trait.BirthName, Agreement.Strong, 0.03, 0.0002),
        new(Trait.BirthName, Agreement.Similar, 0.04, 0.002),
        new(Trait.BirthName, Agreement.Swapped, 0.02, 0.0005),
        new(Trait.BirthName, Agreement.Different, 0.01, 0.995),
        new(Trait.UsageName, Agreement.Exact, 0.50, 0.05),
        new(Trait.UsageName, Agreement.Similar, 0.05, 0.01),
        new(Trait.UsageName, Agreement.Different, 0.20, 0.90),
        new(Trait.FirstNames, Agreement.Exact, 0.90, 0.005),
        new(Trait.FirstNames, Agreement.Strong, 0.03, 0.001),
        new(Trait.FirstNames, Agreement.Similar, 0.04, 0.003),
        new(Trait.FirstNames, Agreement.Swapped, 0.02, 0.002),
        new(Trait.FirstNames, Agreement.Partial, 0.01, 0.002),
        new(Trait.FirstNames, Agreement.Close, 0.02, 0.01),
        new(Trait.FirstNames, Agreement.Different, 0.01, 0.99),
        new(Trait.BirthDate, Agreement.Exact, 0.93, 0.00004),
        new(Trait.BirthDate, Agreement.Swapped, 0.01, 0.00004),
        new(Trait.BirthDate, Agreement.Close, 0.02, 0.0008),
        new(Trait.BirthDate, Agreement.Partial, 0.02, 0.001),
        new(Trait.BirthDate, Agreement.Weak, 0.03, 0.012),
        new(Trait.BirthDate, Agreement.Different, 0.01, 0.9996),
        new(Trait.Sex, Agreement.Exact, 0.99, 0.5),
        new(Trait.Sex, Agreement.Different, 0.01, 0.5),
        new(Trait.BirthPlace, Agreement.Exact, 0.90, 0.02),
        new(Trait.BirthPlace, Agreement.Different, 0.08, 0.98),
        new(Trait.Address, Agreement.Exact, 0.70, 0.05),
        new(Trait.Address, Agreement.Different, 0.30, 0.95),
        new(Trait.Nir, Agreement.Different, 0.20, 0.99),
        new(Trait.Caf, Agreement.Exact, 0.30, 0.01),
    ]);
}

namespace Hub.Simulators.Generation;

/// <summary>
/// The truth link of a synthetic person: its household index and its place in the household. Households of the SI-SIAO
/// population start at 0; households known only to SOLIS start at <see cref="SolisOnlyOffset"/>.
/// </summary>
public readonly record struct PersonKey(long Household, int Member)
{
    public const long SolisOnlyOffset = 1L << 40;

    public bool IsSolisOnly => Household >= SolisOnlyOffset;
}

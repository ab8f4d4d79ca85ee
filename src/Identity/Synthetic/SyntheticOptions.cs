namespace Hub.Identity.Synthetic;

/// <summary>Size, seed and noise rates of a synthetic population (rates are per record).</summary>
public sealed record SyntheticOptions
{
    /// <summary>Number of records to produce (each person appears in one to four sources).</summary>
    public int Records { get; init; } = 5_000;

    /// <summary>Seed: the same seed gives the same set.</summary>
    public int Seed { get; init; } = 20261204;

    /// <summary>A typo in a family name.</summary>
    public double NameTypo { get; init; } = 0.04;

    /// <summary>A typo in the first given name.</summary>
    public double FirstNameTypo { get; init; } = 0.03;

    /// <summary>Accents dropped and case changed (most sources do one or the other).</summary>
    public double AccentsDropped { get; init; } = 0.5;

    /// <summary>Given names in another order.</summary>
    public double FirstNamesReordered { get; init; } = 0.03;

    /// <summary>Only the first given name kept.</summary>
    public double OnlyFirstName { get; init; } = 0.25;

    /// <summary>Family and first names swapped.</summary>
    public double NamesSwapped { get; init; } = 0.01;

    /// <summary>A married woman's usage name keyed as her birth name.</summary>
    public double UsageAsBirthName { get; init; } = 0.04;

    /// <summary>"BIRTH EPOUSE USAGE" written in the birth-name field.</summary>
    public double MaritalForm { get; init; } = 0.03;

    /// <summary>Birth date with unknown day (00), or year only, or the 31/12 convention.</summary>
    public double PartialDate { get; init; } = 0.04;

    /// <summary>Day and month transposed.</summary>
    public double DateTransposed { get; init; } = 0.01;

    /// <summary>A typo in the day of birth.</summary>
    public double DateTypo { get; init; } = 0.02;

    /// <summary>Birth date missing.</summary>
    public double DateMissing { get; init; } = 0.01;

    /// <summary>Sex missing.</summary>
    public double SexMissing { get; init; } = 0.02;

    /// <summary>Birthplace missing.</summary>
    public double PlaceMissing { get; init; } = 0.15;

    /// <summary>Address missing.</summary>
    public double AddressMissing { get; init; } = 0.2;

    /// <summary>Moved: another address commune.</summary>
    public double Moved { get; init; } = 0.15;

    /// <summary>A NIR with a typo (its key no longer checks, so it is dropped).</summary>
    public double NirTypo { get; init; } = 0.01;
}

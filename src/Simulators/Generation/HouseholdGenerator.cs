namespace Hub.Simulators.Generation;

/// <summary>
/// Deterministic generator of synthetic French households: record <c>i</c> is a pure function of (seed, i), so a
/// million households cost no memory and any page can be served without generating the records before it.
/// Everything is synthetic: names are drawn from INSEE frequency tables, no real person is described.
/// </summary>
public sealed partial class HouseholdGenerator
{
    internal const int OrientationSlots = 4;
    internal const int MovementSlots = OrientationSlots * 2;
    internal const int MemberSlots = 8;
    internal const int MeasureSlots = 4;

    private static readonly ulong ShapeStream = Rng.Hash("shape");
    private static readonly ulong HouseholdStream = Rng.Hash("household");
    private static readonly ulong SolisPresenceStream = Rng.Hash("solis-presence");
    private static readonly ulong SolisOnlyStream = Rng.Hash("solis-only");
    private static readonly ulong MeasureStream = Rng.Hash("measure");

    private static readonly string[] Compositions =
    [
        "HOMME_SEUL", "FEMME_SEULE", "FEMME_SEULE_AVEC_ENFANTS", "COUPLE_AVEC_ENFANTS", "COUPLE_SANS_ENFANT",
        "HOMME_SEUL_AVEC_ENFANTS", "GROUPE_ADULTES_SANS_ENFANT", "GROUPE_AVEC_ENFANTS", "MINEUR_ISOLE",
    ];

    private static readonly WeightedTable<string> CompositionTable =
        new(Compositions.Zip(new long[] { 38, 15, 20, 12, 6, 3, 2, 2, 2 }));

    private static readonly WeightedTable<string> StatusTable = new(
    [
        ("TRANSMISE", 10), ("EN_ATTENTE", 25), ("ORIENTEE", 12), ("PRISE_EN_CHARGE", 30), ("CLOTUREE", 18), ("ANNULEE", 5),
    ]);

    [ThreadStatic]
    private static (HouseholdGenerator Owner, SyntheticHousehold Household)? t_last;

    private readonly ReferenceData _data = ReferenceData.Instance;

    public HouseholdGenerator(SimulatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
        ReferentCount = (int)Math.Clamp(options.Households / 40, 20, 2000);
    }

    public SimulatorOptions Options { get; }

    public ulong Seed => Options.Seed;

    public DateOnly ReferenceDate => Options.ReferenceDate;

    /// <summary>Size of the professional pool (SOLIS référents, SIAO prescribers).</summary>
    public int ReferentCount { get; }

    /// <summary>The SI-SIAO household <paramref name="index"/> (any index ≥ 0 is defined, the base has <see cref="SimulatorOptions.Households"/>).</summary>
    public SyntheticHousehold Household(long index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        return Build(index, solisOnly: false);
    }

    /// <summary>True when SOLIS has a dossier for SI-SIAO household <paramref name="index"/> (same people, variations).</summary>
    public bool SharedWithSolis(long index) => new Rng(Seed, SolisPresenceStream, index).Chance(Options.SolisShare);

    /// <summary>True when the SOLIS dossier slot <paramref name="dossier"/> holds a household unknown to SI-SIAO.</summary>
    public bool SolisOnlyDossier(long dossier)
    {
        if (SharedWithSolis(dossier))
        {
            return false;
        }

        var rng = new Rng(Seed, SolisOnlyStream, dossier);
        return rng.Chance(Options.SolisOnlyShare);
    }

    public bool HasSolisDossier(long dossier) => SharedWithSolis(dossier) || SolisOnlyDossier(dossier);

    /// <summary>The household behind SOLIS dossier slot <paramref name="dossier"/>, or null for an empty slot.</summary>
    public SyntheticHousehold? SolisHousehold(long dossier)
    {
        if (SharedWithSolis(dossier))
        {
            return Household(dossier);
        }

        return SolisOnlyDossier(dossier) ? Build(PersonKey.SolisOnlyOffset + dossier, solisOnly: true) : null;
    }

    /// <summary>Shape of the household behind SOLIS dossier slot <paramref name="dossier"/> (shared or SOLIS-only).</summary>
    internal HouseholdShape SolisShape(long dossier) => SharedWithSolis(dossier) ? Shape(dossier) : Shape(SolisOnlyShapeIndex(dossier));

    // SOLIS-only households draw their shape far from the SI-SIAO indexes so the two populations differ.
    private static long SolisOnlyShapeIndex(long dossier) => dossier + (1L << 50);

    internal HouseholdShape Shape(long index)
    {
        var rng = new Rng(Seed, ShapeStream, index);
        var composition = CompositionTable.Pick(ref rng);
        var (adults, children) = composition switch
        {
            "HOMME_SEUL" or "FEMME_SEULE" or "MINEUR_ISOLE" => (1, 0),
            "FEMME_SEULE_AVEC_ENFANTS" or "HOMME_SEUL_AVEC_ENFANTS" => (1, ChildCount(ref rng, 5)),
            "COUPLE_SANS_ENFANT" => (2, 0),
            "COUPLE_AVEC_ENFANTS" => (2, ChildCount(ref rng, 4)),
            "GROUPE_ADULTES_SANS_ENFANT" => (rng.Between(2, 3), 0),
            _ => (2, ChildCount(ref rng, 3)),
        };
        var status = StatusTable.Pick(ref rng);
        var orientations = status switch
        {
            "TRANSMISE" => 0,
            "EN_ATTENTE" or "ANNULEE" => rng.Next(2),
            "ORIENTEE" => rng.Between(1, 2),
            _ => rng.Chance(0.6) ? 1 : rng.Between(2, 3),
        };
        return new HouseholdShape(composition, adults, children, status, orientations);
    }

    /// <summary>True when SOLIS measure slot <paramref name="slot"/> of dossier <paramref name="dossier"/> holds a measure.</summary>
    internal bool HasMeasure(long dossier, int slot)
    {
        var solisOnly = !SharedWithSolis(dossier);
        var entered = !solisOnly && Shape(dossier).HasEntry;
        var rng = new Rng(Seed, MeasureStream, (dossier * MeasureSlots) + slot);
        var probability = slot switch
        {
            0 => entered ? 0.55 : solisOnly ? 0.3 : 0.08, // ASLL
            1 => entered ? 0.2 : 0.1, // AVDL
            2 => entered ? 0.5 : solisOnly ? 0.2 : 0.05, // FSL accès
            _ => solisOnly ? 0.35 : 0.1, // FSL maintien
        };
        return rng.Chance(probability);
    }

    private static int ChildCount(ref Rng rng, int max) => rng.NextDouble() switch
    {
        < 0.42 => 1,
        < 0.75 => Math.Min(2, max),
        < 0.92 => Math.Min(3, max),
        _ => rng.Between(Math.Min(4, max), max),
    };

    private SyntheticHousehold Build(long index, bool solisOnly)
    {
        // Lists walk the slots of one household in a row (orientations, members...): keep the last one per thread.
        if (t_last is { } last && ReferenceEquals(last.Owner, this) && last.Household.Index == index)
        {
            return last.Household;
        }

        var shapeIndex = solisOnly ? SolisOnlyShapeIndex(index - PersonKey.SolisOnlyOffset) : index;
        var shape = Shape(shapeIndex);
        var rng = new Rng(Seed, HouseholdStream, index);
        var household = Compose(index, solisOnly, shape, ref rng);
        t_last = (this, household);
        return household;
    }
}

namespace Hub.Simulators;

/// <summary>Settings of the four partner simulators and of the synthetic population they share.</summary>
public sealed record SimulatorOptions
{
    /// <summary>Loopback port of each simulator (absent or 0 = any free port). A host that must know its partners'
    /// addresses before they start (the hub's embedded default) picks them first.</summary>
    public IReadOnlyDictionary<SimulatedSystem, int> Ports { get; init; } = new Dictionary<SimulatedSystem, int>();

    /// <summary>Seed of the synthetic population: the same seed always gives the same records.</summary>
    public ulong Seed { get; init; } = 42;

    /// <summary>Number of SI-SIAO households at start (the base of every incremental list).</summary>
    public long Households { get; init; } = 10_000;

    /// <summary>Share of SI-SIAO households that also have a SOLIS dossier (with identity variations).</summary>
    public double SolisShare { get; init; } = 0.4;

    /// <summary>Probability, for each SI-SIAO household without a SOLIS dossier, of a SOLIS-only household in its slot.</summary>
    public double SolisOnlyShare { get; init; } = 0.25;

    /// <summary>Share of households known to the CAF (allocataire number, rights).</summary>
    public double CafShare { get; init; } = 0.88;

    /// <summary>"Today" of the generated data: demandes, orientations and measures end on or before it.</summary>
    public DateOnly ReferenceDate { get; init; } = new(2026, 3, 1);

    /// <summary>Clock of the simulators (mutations, idempotency records, HMAC window, rate-limit windows).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>SI-SIAO and SOLIS accept a Bearer token when present; true makes it mandatory (401 without).</summary>
    public bool RequireBearerToken { get; init; }

    /// <summary>Requests per minute announced in the RateLimit-* headers.</summary>
    public int RateLimitPerMinute { get; init; } = 600;

    /// <summary>True: answer 429 once the announced limit is spent (default false so bulk syncs are not slowed).</summary>
    public bool EnforceRateLimit { get; init; }

    /// <summary>Largest population for which the CAF/CPAM simulators index identities to answer beyond the sandbox cases.</summary>
    public long IdentityIndexMaxHouseholds { get; init; } = 200_000;

    /// <summary>Secrets accepted by the CAF saisine receiver (X-Key-Id → secret), hub → CAF direction.</summary>
    public IReadOnlyDictionary<string, string> CafReferralKeys { get; init; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["hub-caf68-sim"] = "simulateur-caf68-secret-hub-vers-caf" };

    /// <summary>Secrets accepted by the CPAM saisine receiver (X-Key-Id → secret), hub → CPAM direction.</summary>
    public IReadOnlyDictionary<string, string> CpamReferralKeys { get; init; } =
        new Dictionary<string, string>(StringComparer.Ordinal) { ["hub-cpam68-sim"] = "simulateur-cpam68-secret-hub-vers-cpam" };

    /// <summary>Allowed clock skew of X-Timestamp on saisines (contract: 300 s).</summary>
    public TimeSpan ReferralClockSkew { get; init; } = TimeSpan.FromSeconds(300);

    /// <summary>Latency applied by the <c>Latency</c> fault when the rule gives none (issue: 10 s).</summary>
    public TimeSpan DefaultLatency { get; init; } = TimeSpan.FromSeconds(10);

    internal void Validate()
    {
        if (Households < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(Households), Households, "At least one household.");
        }

        foreach (var (name, share) in new[] { (nameof(SolisShare), SolisShare), (nameof(SolisOnlyShare), SolisOnlyShare), (nameof(CafShare), CafShare) })
        {
            if (share is < 0 or > 1)
            {
                throw new ArgumentOutOfRangeException(name, share, "A share is between 0 and 1.");
            }
        }

        ArgumentNullException.ThrowIfNull(TimeProvider);
    }
}

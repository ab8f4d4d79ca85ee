using System.Globalization;
using Hub.Simulators.Generation;
using Hub.Simulators.Hosting;
using Microsoft.AspNetCore.Routing;

namespace Hub.Simulators.Siao;

/// <summary>
/// SI-SIAO as the hub's contract describes it: incremental lists of ménages, demandes, orientations and mouvements
/// (cursor + limite), reads by id, and the retours the hub pushes back (kept in <see cref="SimulatorHost.Received"/>).
/// </summary>
public sealed class SiaoSimulator : SimulatorHost
{
    private static readonly ulong MutationStream = Rng.Hash("siao-mutation");
    private readonly Lock _gate = new();
    private long _households;
    private long _mutations;
    private long _acknowledgements;

    public SiaoSimulator(HouseholdGenerator generator)
        : base(SimulatedSystem.Siao, generator)
    {
        var n = generator.Options.Households;
        _households = n;
        Mapper = new SiaoMapper(generator);
        Menages = new Feed("menages", n, _ => true, (slot, rev, seq, at) => Mapper.Menage(slot, rev, seq, at));
        Demandes = new Feed("demandes", n, _ => true, (slot, rev, seq, at) => Mapper.Demande(slot, rev, seq, at));
        Orientations = new Feed(
            "orientations",
            n * HouseholdGenerator.OrientationSlots,
            slot => slot % HouseholdGenerator.OrientationSlots < generator.Shape(slot / HouseholdGenerator.OrientationSlots).Orientations,
            (slot, rev, seq, at) => Mapper.Orientation(slot / HouseholdGenerator.OrientationSlots, (int)(slot % HouseholdGenerator.OrientationSlots), rev, seq, at));
        Mouvements = new Feed(
            "mouvements",
            n * HouseholdGenerator.MovementSlots,
            slot => MovementExists(generator, slot),
            (slot, rev, seq, at) => Mapper.Mouvement(slot / HouseholdGenerator.MovementSlots, (int)(slot % HouseholdGenerator.MovementSlots), rev, seq, at));
    }

    /// <summary>Households currently known (base + those added by <see cref="Advance"/>).</summary>
    public long HouseholdCount => Interlocked.Read(ref _households);

    internal SiaoMapper Mapper { get; }

    internal Feed Menages { get; }

    internal Feed Demandes { get; }

    internal Feed Orientations { get; }

    internal Feed Mouvements { get; }

    /// <summary>
    /// Applies <paramref name="count"/> deterministic changes: new households, demandes and orientations that progress,
    /// address changes, and a few merges of duplicates (deletions). Each appears in its list with a higher sequence.
    /// </summary>
    public override int Advance(int count)
    {
        lock (_gate)
        {
            var at = ParisTime.ToParis(Options.TimeProvider.GetUtcNow());
            for (var i = 0; i < count; i++)
            {
                var rng = new Rng(Generator.Seed, MutationStream, _mutations++);
                var draw = rng.NextDouble();
                if (draw < 0.3)
                {
                    AddHousehold(at);
                    continue;
                }

                var h = PickLiveHousehold(ref rng);
                if (draw < 0.6)
                {
                    Demandes.Changes.Append(h, at);
                }
                else if (draw < 0.82)
                {
                    var existing = Generator.Shape(h).Orientations;
                    var slot = existing > 0 && rng.Chance(0.5) ? existing - 1 : HouseholdGenerator.OrientationSlots - 1;
                    Orientations.Changes.Append((h * HouseholdGenerator.OrientationSlots) + slot, at);
                }
                else if (draw < 0.97 || h == 0)
                {
                    Menages.Changes.Append(h, at);
                }
                else
                {
                    // Duplicate fiche merged into another household: the list carries a Suppression with fusionneDans.
                    var into = PickLiveHousehold(ref rng);
                    if (into == h)
                    {
                        Menages.Changes.Append(h, at);
                        continue;
                    }

                    Menages.Changes.Append(h, at, deleted: true, mergedInto: HouseholdGenerator.MenageId(into));
                    Demandes.Changes.Append(h, at, deleted: true);
                }
            }

            return count;
        }
    }

    public override void Reset()
    {
        base.Reset();
        lock (_gate)
        {
            foreach (var feed in new[] { Menages, Demandes, Orientations, Mouvements })
            {
                feed.Changes.Clear();
            }

            _households = Options.Households;
            _mutations = 0;
        }
    }

    internal bool IsKnownHousehold(long household) => household >= 0 && household < HouseholdCount && !Menages.IsDeleted(household);

    internal string NextAcknowledgement(DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"RET-{at.Year}-{Interlocked.Increment(ref _acknowledgements):000000}");

    private protected override void MapEndpoints(IEndpointRouteBuilder routes) => routes.MapSiaoEndpoints(this);

    private static bool MovementExists(HouseholdGenerator generator, long slot)
    {
        var shape = generator.Shape(slot / HouseholdGenerator.MovementSlots);
        var inHousehold = (int)(slot % HouseholdGenerator.MovementSlots);
        var orientation = inHousehold / 2;
        return orientation == shape.Orientations - 1 && shape.HasEntry && (inHousehold % 2 == 0 || shape.HasExit);
    }

    private void AddHousehold(DateTimeOffset at)
    {
        var h = _households;
        Menages.Changes.Append(h, at, created: true);
        Demandes.Changes.Append(h, at, created: true);
        var shape = Generator.Shape(h);
        for (var j = 0; j < shape.Orientations; j++)
        {
            Orientations.Changes.Append((h * HouseholdGenerator.OrientationSlots) + j, at, created: true);
        }

        for (var slot = 0; slot < HouseholdGenerator.MovementSlots; slot++)
        {
            var movement = (h * HouseholdGenerator.MovementSlots) + slot;
            if (MovementExists(Generator, movement))
            {
                Mouvements.Changes.Append(movement, at, created: true);
            }
        }

        Interlocked.Increment(ref _households);
    }

    private long PickLiveHousehold(ref Rng rng)
    {
        for (var attempt = 0; attempt < 8; attempt++)
        {
            var h = (long)(rng.NextULong() % (ulong)_households);
            if (!Menages.IsDeleted(h))
            {
                return h;
            }
        }

        return 0;
    }
}

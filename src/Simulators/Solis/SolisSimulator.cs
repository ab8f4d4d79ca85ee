using System.Globalization;
using Hub.Simulators.Generation;
using Hub.Simulators.Hosting;
using Microsoft.AspNetCore.Routing;

namespace Hub.Simulators.Solis;

/// <summary>
/// SOLIS (CD68) as the hub's contract describes it: dossiers, individus (the SI-SIAO people for a share of them, recorded
/// with their own variations), mesures ASLL/AVDL/FSL, référents, and the entrants the hub pushes.
/// </summary>
public sealed class SolisSimulator : SimulatorHost
{
    private static readonly ulong MutationStream = Rng.Hash("solis-mutation");
    private readonly Lock _gate = new();
    private long _mutations;
    private long _acknowledgements;

    public SolisSimulator(HouseholdGenerator generator)
        : base(SimulatedSystem.Solis, generator)
    {
        var n = generator.Options.Households;
        Mapper = new SolisMapper(generator);
        Dossiers = new Feed("dossiers", n, generator.HasSolisDossier, (slot, rev, seq, at) => Mapper.Dossier(slot, rev, seq, at));
        Individus = new Feed(
            "individus",
            n * HouseholdGenerator.MemberSlots,
            slot => IndividuExists(generator, slot),
            (slot, rev, seq, at) => Mapper.Individu(slot / HouseholdGenerator.MemberSlots, (int)(slot % HouseholdGenerator.MemberSlots), rev, seq, at));
        Mesures = new Feed(
            "mesures",
            n * HouseholdGenerator.MeasureSlots,
            slot => generator.HasSolisDossier(slot / HouseholdGenerator.MeasureSlots) && generator.HasMeasure(slot / HouseholdGenerator.MeasureSlots, (int)(slot % HouseholdGenerator.MeasureSlots)),
            (slot, rev, seq, at) => Mapper.Mesure(slot / HouseholdGenerator.MeasureSlots, (int)(slot % HouseholdGenerator.MeasureSlots), rev, seq, at));
        Referents = new Feed("referents", generator.ReferentCount, _ => true, (slot, rev, seq, at) => Mapper.Referent((int)slot, rev, seq, at));
    }

    internal SolisMapper Mapper { get; }

    internal Feed Dossiers { get; }

    internal Feed Individus { get; }

    internal Feed Mesures { get; }

    internal Feed Referents { get; }

    /// <summary>
    /// Applies <paramref name="count"/> deterministic changes: measures that progress, dossiers that change, identities
    /// corrected after a document check, référents that leave or come back.
    /// </summary>
    public override int Advance(int count)
    {
        lock (_gate)
        {
            var at = ParisTime.ToParis(Options.TimeProvider.GetUtcNow());
            var applied = 0;
            for (var i = 0; i < count * 20 && applied < count; i++)
            {
                var rng = new Rng(Generator.Seed, MutationStream, _mutations++);
                var draw = rng.NextDouble();
                var dossier = (long)(rng.NextULong() % (ulong)Options.Households);
                if (draw < 0.9 && !Generator.HasSolisDossier(dossier))
                {
                    continue;
                }

                if (draw < 0.4)
                {
                    var slot = rng.Next(HouseholdGenerator.MeasureSlots);
                    if (!Generator.HasMeasure(dossier, slot))
                    {
                        continue;
                    }

                    Mesures.Changes.Append((dossier * HouseholdGenerator.MeasureSlots) + slot, at);
                }
                else if (draw < 0.65)
                {
                    Dossiers.Changes.Append(dossier, at);
                }
                else if (draw < 0.9)
                {
                    var member = rng.Next(Generator.SolisShape(dossier).Members);
                    Individus.Changes.Append((dossier * HouseholdGenerator.MemberSlots) + member, at);
                }
                else
                {
                    Referents.Changes.Append(rng.Next(Generator.ReferentCount), at);
                }

                applied++;
            }

            return applied;
        }
    }

    public override void Reset()
    {
        base.Reset();
        lock (_gate)
        {
            foreach (var feed in new[] { Dossiers, Individus, Mesures, Referents })
            {
                feed.Changes.Clear();
            }

            _mutations = 0;
        }
    }

    internal string NextAcknowledgement(DateTimeOffset at) =>
        string.Create(CultureInfo.InvariantCulture, $"ENT-{at.Year}-{Interlocked.Increment(ref _acknowledgements):00000}");

    private protected override void MapEndpoints(IEndpointRouteBuilder routes) => routes.MapSolisEndpoints(this);

    private static bool IndividuExists(HouseholdGenerator generator, long slot)
    {
        var dossier = slot / HouseholdGenerator.MemberSlots;
        return generator.HasSolisDossier(dossier) && slot % HouseholdGenerator.MemberSlots < generator.SolisShape(dossier).Members;
    }
}

using Hub.Identity.Nir;
using Hub.Identity.Normalisation;

namespace Hub.Identity.Matching;

/// <summary>
/// Compares two records: deterministic rules first (same NIR consistent with the traits, same CAF foyer member), then
/// the Fellegi–Sunter sum of per-trait weights, then decisive negatives (different NIRs, another generation, twins)
/// that no score can override. Allocation-free: strings are interned ids, similarities run on spans.
/// </summary>
internal sealed partial class PersonComparator(MatchOptions options, StringPool pool, Frequencies frequencies)
{
    private readonly MatchWeights _w = options.Weights;

    public Comparison Compare(in PersonKeys a, in PersonKeys b)
    {
        var c = default(Comparison);
        CompareNames(in a, in b, ref c);
        CompareDates(in a, in b, ref c);
        CompareOthers(in a, in b, ref c);
        c.Rule = Decide(in a, in b, ref c);
        if (c.Rule == MatchRule.Score && c.Score >= options.AutoLinkThreshold && !MayAutoLink(in c))
        {
            c.Rule = MatchRule.NeedsReview;
        }

        c.Outcome = c.Rule switch
        {
            MatchRule.SameNir or MatchRule.SameCafMember or MatchRule.SourceIdLinked => MatchOutcome.AutoLink,
            MatchRule.DifferentNir or MatchRule.DifferentGeneration or MatchRule.Twins => MatchOutcome.NewPerson,
            MatchRule.NeedsReview => MatchOutcome.Review,
            _ when c.Score >= options.AutoLinkThreshold => MatchOutcome.AutoLink,
            _ when c.Score >= options.ReviewThreshold => MatchOutcome.Review,
            _ => MatchOutcome.NewPerson,
        };
        return c;
    }

    /// <summary>
    /// Guards on an auto-link by score, where the independence assumption of Fellegi–Sunter fails: given names that
    /// disagree (MARIE SARAH / MARIE MONIQUE: twins often share the first), a different sex, or too little identity
    /// besides the birth date and the address (two MARTIN PIERRE born the same day, with no birthplace, are homonyms
    /// as often as they are one person).
    /// </summary>
    private bool MayAutoLink(in Comparison c)
    {
        if (c.Level(Trait.FirstNames) is Agreement.Different or Agreement.Partial || c.Level(Trait.Sex) == Agreement.Different)
        {
            return false;
        }

        var identity = c.Weights[(int)Trait.BirthName] + c.Weights[(int)Trait.UsageName] + c.Weights[(int)Trait.FirstNames] +
                       c.Weights[(int)Trait.Sex] + c.Weights[(int)Trait.BirthPlace] + c.Weights[(int)Trait.Nir];
        return identity >= options.MinimumIdentityWeight;
    }

    private static MatchRule Decide(in PersonKeys a, in PersonKeys b, ref Comparison c)
    {
        var date = c.Level(Trait.BirthDate);
        var first = c.Level(Trait.FirstNames);
        var bothNirsTrusted = a.NirAgrees && b.NirAgrees;
        if (a.Nir != 0 && a.Nir == b.Nir && bothNirsTrusted && first is not (Agreement.Different or Agreement.Close) &&
            date is not Agreement.Different && !IsOtherGeneration(a.BirthDate, b.BirthDate))
        {
            return MatchRule.SameNir;
        }

        // Two NIRs that each agree with their record's sex and birth year, and differ: two persons. A NIR that does not
        // agree may be a parent's (a child insured as ayant droit), so it proves nothing.
        if (a.NirKind == NirKind.Nir && b.NirKind == NirKind.Nir && a.Nir != b.Nir && bothNirsTrusted)
        {
            return MatchRule.DifferentNir;
        }

        if (IsOtherGeneration(a.BirthDate, b.BirthDate))
        {
            return MatchRule.DifferentGeneration;
        }

        // Same complete birth date, clearly different first names: twins, never one person with a typo.
        if (date == Agreement.Exact && first == Agreement.Different)
        {
            return MatchRule.Twins;
        }

        // The CAF number covers the whole foyer: it links only the member of the same sex, first names and birth date.
        if (c.Level(Trait.Caf) == Agreement.Exact && c.Level(Trait.Sex) == Agreement.Exact &&
            first is Agreement.Exact or Agreement.Strong or Agreement.Similar &&
            date is Agreement.Exact or Agreement.Partial or Agreement.Swapped)
        {
            return MatchRule.SameCafMember;
        }

        return MatchRule.Score;
    }

    private void CompareOthers(in PersonKeys a, in PersonKeys b, ref Comparison c)
    {
        if (a.Sex != Sex.Unknown && b.Sex != Sex.Unknown)
        {
            var level = a.Sex == b.Sex ? Agreement.Exact : Agreement.Different;
            c.Set(Trait.Sex, level, _w.Weight(Trait.Sex, level));
        }

        if (a.Place != 0 && b.Place != 0)
        {
            if (a.Place == b.Place || a.PlaceNow == b.PlaceNow)
            {
                c.Set(Trait.BirthPlace, Agreement.Exact, _w.ExactWeight(Trait.BirthPlace, frequencies.Place(b.PlaceNow)));
            }
            else
            {
                c.Set(Trait.BirthPlace, Agreement.Different, _w.Weight(Trait.BirthPlace, Agreement.Different));
            }
        }

        if (a.Commune != 0 && b.Commune != 0)
        {
            if (a.Commune == b.Commune)
            {
                c.Set(Trait.Address, Agreement.Exact, _w.ExactWeight(Trait.Address, frequencies.Commune(b.Commune)));
            }
            else
            {
                c.Set(Trait.Address, Agreement.Different, _w.Weight(Trait.Address, Agreement.Different));
            }
        }

        if (a.Nir != 0 && b.Nir != 0)
        {
            // Equal NIRs that contradict sex or birth year (a child on a parent's NIR) prove nothing either way.
            var level = a.Nir == b.Nir ? (a.NirAgrees && b.NirAgrees ? Agreement.Exact : Agreement.Partial) : Agreement.Different;
            c.Set(Trait.Nir, level, _w.Weight(Trait.Nir, level));
        }

        if (a.Caf != 0 && a.Caf == b.Caf)
        {
            c.Set(Trait.Caf, Agreement.Exact, _w.Weight(Trait.Caf, Agreement.Exact));
        }
    }
}

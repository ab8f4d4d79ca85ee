using Hub.Identity.Normalisation;

namespace Hub.Identity.Matching;

internal sealed partial class PersonComparator
{
    private const double NameSimilarity = 0.92;
    private const double FirstNameSimilarity = 0.90;
    private const double FirstNameDoubt = 0.80;

    private void CompareNames(in PersonKeys a, in PersonKeys b, ref Comparison c)
    {
        var birth = BirthNameLevel(in a, in b);
        var first = FirstNameLevel(in a, in b);
        if (birth == Agreement.Different && first == Agreement.Different && NamesSwapped(in a, in b))
        {
            // Family and given names entered in each other's field.
            birth = Agreement.Swapped;
            first = Agreement.Swapped;
        }

        if (birth != Agreement.Missing)
        {
            var exact = _w.ExactWeight(Trait.BirthName, frequencies.Surname(b.BirthFull));
            // A partial agreement never weighs more than an exact one on the same (possibly very common) name.
            c.Set(Trait.BirthName, birth, birth == Agreement.Exact ? exact : Math.Min(_w.Weight(Trait.BirthName, birth), exact - 1));
        }

        if (first != Agreement.Missing)
        {
            var exact = _w.ExactWeight(Trait.FirstNames, frequencies.First(b.First1));
            c.Set(Trait.FirstNames, first, first == Agreement.Exact ? exact : Math.Min(_w.Weight(Trait.FirstNames, first), exact - 1));
        }

        if (a.UsageFull != 0 && b.UsageFull != 0)
        {
            var usage = a.UsageFull == b.UsageFull ? Agreement.Exact
                : Similar(a.UsagePhonetic, b.UsagePhonetic, a.UsageCore, b.UsageCore, NameSimilarity) ? Agreement.Similar
                : Agreement.Different;
            c.Set(Trait.UsageName, usage, _w.Weight(Trait.UsageName, usage));
        }
    }

    private Agreement BirthNameLevel(in PersonKeys a, in PersonKeys b)
    {
        if (a.BirthFull == 0 || b.BirthFull == 0)
        {
            return Agreement.Missing;
        }

        if (a.BirthFull == b.BirthFull)
        {
            return Agreement.Exact;
        }

        if (a.BirthCore == b.BirthCore || SharesPart(in a, in b) || SharesPart(in b, in a))
        {
            return Agreement.Strong;
        }

        // A married woman's usage name keyed as her birth name in one source.
        if ((a.UsageFull != 0 && a.UsageFull == b.BirthFull) || (b.UsageFull != 0 && b.UsageFull == a.BirthFull))
        {
            return Agreement.Swapped;
        }

        return Similar(a.BirthPhonetic, b.BirthPhonetic, a.BirthCore, b.BirthCore, NameSimilarity) ? Agreement.Similar : Agreement.Different;
    }

    // MARTIN-DUPONT in one source, MARTIN (or DUPONT) in the other.
    private static bool SharesPart(in PersonKeys compound, in PersonKeys single) =>
        compound.BirthFirstPart != 0 && single.BirthFirstPart == 0 &&
        (compound.BirthFirstPart == single.BirthCore || compound.BirthLastPart == single.BirthCore);

    private Agreement FirstNameLevel(in PersonKeys a, in PersonKeys b)
    {
        if (a.First1 == 0 || b.First1 == 0)
        {
            return Agreement.Missing;
        }

        if (a.First1 == b.First1)
        {
            // MARIE SARAH and MARIE MONIQUE are sisters, not one person: the second names weigh when both are known.
            // JEAN JEAN-PIERRE and JEAN JEAN PIERRE agree: the second name may be a compound written in two words.
            return a.First2 == 0 || b.First2 == 0 || a.First2 == b.First2 || a.First2 == b.First3 || a.First3 == b.First2 ||
                   (a.SecondJoined != 0 && a.SecondJoined == b.First2) || (b.SecondJoined != 0 && b.SecondJoined == a.First2)
                ? Agreement.Exact
                : Agreement.Partial;
        }

        // JEAN-PIERRE in one source, JEAN PIERRE in the other.
        if ((a.FirstJoined != 0 && a.FirstJoined == b.First1) || (b.FirstJoined != 0 && b.FirstJoined == a.First1))
        {
            return Agreement.Strong;
        }

        if (Similar(a.First1Phonetic, b.First1Phonetic, a.First1, b.First1, FirstNameSimilarity))
        {
            return Agreement.Similar;
        }

        // First names in another order (the usual one given first in a source, the civil-status order in the other).
        // SARAH MARIE CLAIRE in one source, MARIE-CLAIRE in the other: the compound second name joined.
        var swapped = a.First1 == b.First2 || a.First1 == b.First3 || b.First1 == a.First2 || b.First1 == a.First3 ||
                      (b.SecondJoined != 0 && a.First1 == b.SecondJoined) || (a.SecondJoined != 0 && b.First1 == a.SecondJoined);
        if (swapped)
        {
            return Agreement.Swapped;
        }

        // Between a typo and another name (CLARA / CLIRA, LEA / LFA): weak evidence, and not different enough to call twins.
        var x = pool[a.First1];
        var y = pool[b.First1];
        return JaroWinkler.Similarity(x, y) >= FirstNameDoubt || EditDistance.AtMostOne(x, y) ? Agreement.Close : Agreement.Different;
    }

    // Family name in the first-name field and the given names in the family-name field (all of them, sometimes).
    private static bool NamesSwapped(in PersonKeys a, in PersonKeys b) =>
        a.First1 != 0 && b.First1 != 0 &&
        ((a.BirthPhonetic == b.First1Phonetic && a.First1Phonetic == b.BirthPhonetic) ||
         (a.BirthFull == b.First1 && GivenNamesInFamilyField(in a, in b)) ||
         (b.BirthFull == a.First1 && GivenNamesInFamilyField(in b, in a)));

    private static bool GivenNamesInFamilyField(in PersonKeys given, in PersonKeys family) =>
        given.First1 == family.BirthFull ||
        (family.BirthFirstPart != 0 && (given.First1 == family.BirthFirstPart || given.First2 == family.BirthFirstPart));

    // Same sound, or close spelling: Jaro–Winkler above the threshold, or one keying error in a name of four letters or more.
    private bool Similar(ulong phoneticA, ulong phoneticB, int idA, int idB, double threshold)
    {
        if (phoneticA != 0 && phoneticA == phoneticB)
        {
            return true;
        }

        if (idA == 0 || idB == 0)
        {
            return false;
        }

        var a = pool[idA];
        var b = pool[idB];
        return JaroWinkler.Similarity(a, b) >= threshold || (Math.Min(a.Length, b.Length) >= 4 && EditDistance.AtMostOne(a, b));
    }
}

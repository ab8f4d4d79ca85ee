namespace Hub.Identity.Matching;

/// <summary>
/// The blocking keys: a pair of records is compared only if it shares one of them, so the cost grows with the size of
/// the blocks, not with n². Several keys so that one wrong trait does not hide a match:
/// <list type="number">
/// <item>NIR/NIA (13 first characters);</item>
/// <item>CAF organisme + allocataire number;</item>
/// <item>phonetic birth name (and usage name, and each part of a compound name) + birth year;</item>
/// <item>complete birth date + phonetic first name, for family names that changed or were mistyped beyond their sound
/// (a query also tries the date with day and month transposed); the date alone would make blocks that grow with the
/// population (a million persons share about 35 per day);</item>
/// <item>phonetic birth name (and usage name) + phonetic first name, without the date (wrong or partial dates); a query
/// also tries the two swapped (family name keyed as first name).</item>
/// </list>
/// </summary>
internal static class BlockingKeys
{
    public const int Max = 16;

    private const ulong NirTag = 1, CafTag = 2, NameYearTag = 3, DateTag = 4, NameFirstTag = 5;

    /// <summary>The keys a stored record is filed under.</summary>
    public static int ForStorage(in PersonKeys p, Span<ulong> keys)
    {
        var n = 0;
        Common(in p, keys, ref n);
        return n;
    }

    /// <summary>The keys a query looks up: the stored ones plus transposed and swapped variants.</summary>
    public static int ForQuery(in PersonKeys p, Span<ulong> keys)
    {
        var n = 0;
        Common(in p, keys, ref n);
        if (p.BirthDate.Transposed is { } transposed)
        {
            Put(keys, ref n, DateTag, (ulong)transposed.Packed, p.First1Phonetic);
        }

        if (p.First1Phonetic != 0 && p.BirthPhonetic != 0)
        {
            Put(keys, ref n, NameFirstTag, p.First1Phonetic, p.BirthPhonetic);
        }

        return n;
    }

    private static void Common(in PersonKeys p, Span<ulong> keys, ref int n)
    {
        if (p.Nir != 0)
        {
            Put(keys, ref n, NirTag, (ulong)p.Nir, 0);
        }

        if (p.Caf != 0)
        {
            Put(keys, ref n, CafTag, (ulong)p.Caf, 0);
        }

        var date = p.BirthDate;
        if (date.Year != 0)
        {
            var year = (ulong)date.Year;
            NameYear(keys, ref n, p.BirthPhonetic, year);
            NameYear(keys, ref n, p.UsagePhonetic, year);
            if (p.BirthFirstPart != 0)
            {
                // Compound names: the parts' phonetic keys are not stored, the part ids stand in (exact part equality).
                Put(keys, ref n, NameYearTag, (ulong)p.BirthFirstPart << 20, year);
                Put(keys, ref n, NameYearTag, (ulong)p.BirthLastPart << 20, year);
            }
        }

        if (date.IsComplete)
        {
            Put(keys, ref n, DateTag, (ulong)date.Packed, p.First1Phonetic);
        }

        if (p.First1Phonetic != 0)
        {
            if (p.BirthPhonetic != 0)
            {
                Put(keys, ref n, NameFirstTag, p.BirthPhonetic, p.First1Phonetic);
            }

            if (p.UsagePhonetic != 0)
            {
                Put(keys, ref n, NameFirstTag, p.UsagePhonetic, p.First1Phonetic);
            }
        }
    }

    private static void NameYear(Span<ulong> keys, ref int n, ulong phonetic, ulong year)
    {
        if (phonetic != 0)
        {
            Put(keys, ref n, NameYearTag, phonetic, year);
        }
    }

    private static void Put(Span<ulong> keys, ref int n, ulong tag, ulong a, ulong b)
    {
        var key = Mix(Mix(tag * 0x9E3779B97F4A7C15UL ^ a) ^ b);
        for (var i = 0; i < n; i++)
        {
            if (keys[i] == key)
            {
                return;
            }
        }

        keys[n++] = key;
    }

    // splitmix64 finaliser: spreads the bits so that tags and values never collide by simple arithmetic.
    private static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}

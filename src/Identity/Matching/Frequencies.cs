namespace Hub.Identity.Matching;

/// <summary>
/// How often each interned value occurs as a birth name, a first name, a birthplace and an address commune in the
/// index, so that agreeing on MARTIN or Mulhouse weighs less than agreeing on a rare name or a far-away village.
/// </summary>
internal sealed class Frequencies
{
    private int[] _surname = new int[1024];
    private int[] _first = new int[1024];
    private int[] _place = new int[1024];
    private int[] _commune = new int[1024];

    public int Total { get; private set; }

    public void Add(in PersonKeys keys)
    {
        Total++;
        Count(ref _surname, keys.BirthFull);
        Count(ref _first, keys.First1);
        Count(ref _place, keys.PlaceNow);
        Count(ref _commune, keys.Commune);
    }

    public double Surname(int id) => Of(_surname, id);

    public double First(int id) => Of(_first, id);

    public double Place(int id) => Of(_place, id);

    public double Commune(int id) => Of(_commune, id);

    // 0 means "unknown frequency": the comparator then uses the default u of the table.
    private double Of(int[] counts, int id) => Total < 1000 || id >= counts.Length ? 0 : Math.Max(counts[id], 1) / (double)Total;

    private static void Count(ref int[] counts, int id)
    {
        if (id == 0)
        {
            return;
        }

        if (id >= counts.Length)
        {
            Array.Resize(ref counts, Math.Max(id + 1, counts.Length * 2));
        }

        counts[id]++;
    }
}

using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Hub.Canonical.Model;
using Hub.Canonical.Serialization;
using Hub.Canonical.Validation;
using Hub.Connectors.Core;
using Hub.Connectors.Siao;
using Hub.Identity.Matching;
using Hub.Identity.Normalisation;
using Hub.Mapping.Siao;

namespace Hub.Bench.Micro;

/// <summary>
/// The per-record hot paths of a sync and of matching, one by one: what the ingest and match scenarios spend their
/// CPU on besides the database. Allocations are reported too (MemoryDiagnoser): they drive the GC on a 2-core machine.
/// </summary>
[MemoryDiagnoser]
public class HotPathBenchmarks
{
    private PulledRecord _menage = null!;
    private IReadOnlyList<Resource> _mapped = null!;
    private string _personJson = null!;
    private CanonicalSchemaSet _schemas = null!;
    private PersonIndex _index = null!;
    private PersonRecord _left = null!;
    private PersonRecord _right = null!;

    [GlobalSetup]
    public void Setup()
    {
        using var golden = JsonDocument.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "inputs", "menage.json")));
        var read = SiaoRecords.Read(golden.RootElement.GetProperty("stream").GetString()!, golden.RootElement.GetProperty("record").Clone());
        _menage = read.Record ?? throw new InvalidOperationException($"The golden ménage is rejected: {read.Rejected?.Reason}");
        _mapped = SiaoMapper.Default.Map(_menage).Resources;
        _personJson = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "inputs", "person.json"));
        _schemas = CanonicalSchemaSet.Load();
        _index = new PersonIndex();
        _left = new PersonRecord
        {
            Source = "siao", SourceId = "s-1", BirthName = "LEFEBVRE-DUPONT", FirstNames = "Marie Thérèse",
            BirthDate = PartialDate.Create(1984, 3, 12), Sex = Sex.Female, BirthPlace = "68224", AddressCommune = "68224",
        };
        _right = new PersonRecord
        {
            Source = "caf", SourceId = "c-9", BirthName = "LEFEBVRE DUPONT", UsageName = "MARTIN", FirstNames = "Marie-Therese",
            BirthDate = PartialDate.Create(1984, 3, 12), Sex = Sex.Female, BirthPlace = "68224",
        };
    }

    [Benchmark(Description = "map one SI-SIAO ménage to canonical resources")]
    public int MapMenage() => SiaoMapper.Default.Map(_menage).Resources.Count;

    [Benchmark(Description = "serialise the ménage's canonical resources")]
    public int SerialiseCanonical()
    {
        var length = 0;
        foreach (var resource in _mapped)
        {
            length += CanonicalJson.Serialize(resource).Length;
        }

        return length;
    }

    [Benchmark(Description = "validate a full Person against its JSON Schema")]
    public int ValidatePerson() => _schemas.Validate("Person", _personJson).Count;

    [Benchmark(Description = "score one pair of persons (normalise both, compare traits)")]
    public double ComparePersons() => _index.Compare(_left, _right).Score;
}

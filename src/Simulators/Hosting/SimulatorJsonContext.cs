using System.Text.Json.Serialization;
using Hub.Simulators.ApiParticulier;
using Hub.Simulators.Referral;
using Hub.Simulators.Siao;
using Hub.Simulators.Solis;

namespace Hub.Simulators.Hosting;

/// <summary>Source-generated serializers of every wire record (no reflection at run time).</summary>
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(Problem))]
[JsonSerializable(typeof(Suppression))]
[JsonSerializable(typeof(AdminAdvance))]
[JsonSerializable(typeof(AdminTruth))]
[JsonSerializable(typeof(AdminFault))]
[JsonSerializable(typeof(List<AdminFault>))]
[JsonSerializable(typeof(List<AdminReceived>))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, long>))]
[JsonSerializable(typeof(SortedDictionary<string, long>))]
[JsonSerializable(typeof(SiaoMenage))]
[JsonSerializable(typeof(SiaoDemande))]
[JsonSerializable(typeof(SiaoOrientation))]
[JsonSerializable(typeof(SiaoMouvement))]
[JsonSerializable(typeof(SiaoAccuseReception))]
[JsonSerializable(typeof(SiaoEtat))]
[JsonSerializable(typeof(SolisDossier))]
[JsonSerializable(typeof(SolisIndividu))]
[JsonSerializable(typeof(SolisMesure))]
[JsonSerializable(typeof(SolisReferent))]
[JsonSerializable(typeof(SolisAccuseReception))]
[JsonSerializable(typeof(ApiParticulierErrors))]
[JsonSerializable(typeof(ApiParticulierResponse<QuotientFamilialData>))]
[JsonSerializable(typeof(ApiParticulierResponse<MajorationData>))]
[JsonSerializable(typeof(ApiParticulierResponse<ParticipationData>))]
[JsonSerializable(typeof(ApiParticulierResponse<DroitData>))]
[JsonSerializable(typeof(AccuseSaisine))]
internal sealed partial class SimulatorJsonContext : JsonSerializerContext;

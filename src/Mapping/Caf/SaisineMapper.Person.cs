using Hub.Canonical.Model;
using Hub.Connectors.Referral.Dtos;
using Hub.Mapping.Core;

namespace Hub.Mapping.Caf;

public sealed partial class SaisineMapper
{
    private const string France = "99100";

    private static readonly string[] NirSystems = [IdentifierSystems.Nir, IdentifierSystems.Nia, IdentifierSystems.NirTest, IdentifierSystems.NiaTest];

    private PersonneSaisine? Personne(Person person, Household? household, MappingContext ctx)
    {
        var name = person.Name;
        var ok = true;
        void Missing(string field, string what)
        {
            ctx.Fail("missing-value", $"personne.{field}", $"{what} is required by the saisine contract.");
            ok = false;
        }

        var birthName = name?.BirthName;
        var firstNames = name?.FirstNames?.Where(f => !string.IsNullOrWhiteSpace(f)).Take(6).ToList() ?? [];
        if (string.IsNullOrWhiteSpace(birthName))
        {
            Missing("nomNaissance", "The birth name");
        }

        if (firstNames.Count == 0)
        {
            Missing("prenoms", "A first name");
        }

        if (person.BirthDate is null)
        {
            Missing("dateNaissance", "The birth date (possibly partial)");
        }

        var sex = person.Sex?.Code;
        if (sex is not ("F" or "M"))
        {
            Missing("sexe", "Sex F or M");
        }

        var cog = person.BirthPlace?.Cog;
        if (string.IsNullOrEmpty(cog) || cog == France)
        {
            Missing("lieuNaissance", "The birth country, or the commune for a person born in France,");
        }

        if (!ok)
        {
            return null;
        }

        var bornAbroad = cog!.StartsWith("99", StringComparison.Ordinal);
        var (organisme, allocataire) = scope.SendsCafNumbers ? CafNumbers(person) : (null, null);
        return new PersonneSaisine
        {
            NomNaissance = birthName!,
            NomUsage = name!.UsageName is { } usage && !string.Equals(usage, birthName, StringComparison.OrdinalIgnoreCase) ? usage : null,
            Prenoms = firstNames,
            DateNaissance = person.BirthDate!.Value.ToString(),
            Sexe = sex!,
            LieuNaissance = bornAbroad ? new LieuNaissance(cog) : new LieuNaissance(France, cog, person.BirthPlace?.Display),
            // The saisine is built outside the outbox (no IOutboundMapper): the same rule, from the same helper.
            Nir = NirDisclosure.Redact(person).Identifier?.FirstOrDefault(i => NirSystems.Contains(i.System, StringComparer.Ordinal))?.Value,
            NumeroOrganisme = organisme,
            NumeroAllocataire = allocataire,
            StatutIdentite = IdentityStatus(person, ctx),
            Adresse = Address(household, ctx),
        };
    }

    private string IdentityStatus(Person person, MappingContext ctx)
    {
        if (person.IdentityStatus is { System: CodeSystems.StatutIdentite } status && tables.ToSource("caf.statut-identite", status.Code) is { } code)
        {
            return code;
        }

        // The contract requires it; an identity nobody checked is provisional by definition.
        ctx.Warn("missing-value", "personne.statutIdentite", "No identity status on the person: sent as PROV (provisional).");
        return "PROV";
    }

    private static (string? Organisme, string? Allocataire) CafNumbers(Person person)
    {
        var value = person.Identifier?.FirstOrDefault(i => i.System == IdentifierSystems.CafAllocataire)?.Value;
        return value is { Length: 11 } && value[3] == '-' ? (value[..3], value[4..]) : (null, null);
    }

    private static AdresseSaisine? Address(Household? household, MappingContext ctx)
    {
        if (household?.Address is not { } address)
        {
            return null;
        }

        if (address.PostalCode is null || address.Cog is null)
        {
            ctx.Warn("missing-value", "personne.adresse", "The household address lacks its postal code or commune code: not sent.");
            return null;
        }

        var lines = address.Line ?? [];
        return new AdresseSaisine(address.PostalCode, address.Cog, lines.ElementAtOrDefault(0), lines.ElementAtOrDefault(1), address.City);
    }
}

using System.ComponentModel.DataAnnotations;
using Hub.Connectors.Core;

namespace Hub.Connectors.Siao;

/// <summary>Settings of the SI-SIAO connector, section <c>Hub:Connectors:siao</c>.</summary>
public sealed class SiaoOptions : ConnectorOptions
{
    /// <summary>The contract caps <c>limite</c> at 1000.</summary>
    public const int MaxPageSize = 1000;

    public static string SectionName => SectionFor(SiaoConnectorModule.ConnectorName);

    public override IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        foreach (var result in base.Validate(validationContext))
        {
            yield return result;
        }

        if (Paging.PageSize > MaxPageSize)
        {
            yield return new ValidationResult($"Paging:PageSize must be at most {MaxPageSize} (SI-SIAO contract).", ["Paging.PageSize"]);
        }
    }
}

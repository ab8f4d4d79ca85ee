namespace Hub.Connectors.Siao;

/// <summary>The <see cref="Core.OutboundMessage.Kind"/>s the SI-SIAO push target accepts.</summary>
public static class SiaoMessageKinds
{
    /// <summary><c>POST /v1/retours/accompagnements</c>.</summary>
    public const string RetourAccompagnement = "siao.retour-accompagnement";

    /// <summary><c>POST /v1/retours/logements</c>.</summary>
    public const string RetourLogement = "siao.retour-logement";
}

namespace ServiceDesk.Abstractions.Ui;

/// <summary>A text shown in the web interface, in both of its languages.</summary>
/// <param name="En">English.</param>
/// <param name="Ru">Russian.</param>
public sealed record LocalizedText(string En, string Ru);

namespace ServiceDesk.Core.Plugins.Packages;

/// <summary>A package whose files all matched their checksums, unpacked into <paramref name="Directory"/>.</summary>
/// <param name="Publisher">The trusted publisher whose signature matched; null for an unsigned package.</param>
public sealed record VerifiedPluginPackage(PluginManifest Manifest, string Directory, string? Publisher);

using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using ServiceDesk.Core.Configuration;
using ServiceDesk.Core.Plugins.Packages;

namespace ServiceDesk.Core.Tests.Plugins;

public sealed class PluginPackageTests
{
    private SamplePluginFolder _folder = null!;

    [SetUp]
    public void CreateFolder() => _folder = new SamplePluginFolder();

    [TearDown]
    public void RemoveFolder() => _folder.Dispose();

    [Test]
    public async Task APackedFolder_UnpacksToTheSameFiles_WithItsManifestChecked()
    {
        var package = await PackAsync();
        var target = _folder.NewTarget();

        var unpacked = await Reader().UnpackAsync(package, target, CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(Path.GetFileName(package), Is.EqualTo("sample-1.0.0.sdpkg"));
            Assert.That(unpacked.Manifest.Id, Is.EqualTo("sample"));
            Assert.That(unpacked.Publisher, Is.Null);
            Assert.That(File.ReadAllText(Path.Combine(target, "templates", "reply.sbn")), Is.EqualTo("Здравствуйте, {{ customer.first_name }}!"));
            Assert.That(Directory.GetFiles(target, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(target, f)).Order(),
                Is.EqualTo(new[] { "Sample.dll", "plugin.json", Path.Combine("templates", "reply.sbn") }.Order()));
        });
    }

    private static readonly TestCaseData[] Tamperings =
    [
        new TestCaseData((Action<ZipArchive>)(zip => SamplePluginFolder.Replace(zip, "Sample.dll", Encoding.ASCII.GetBytes("malicious code"))),
            "'Sample.dll' does not match its checksum: the package is damaged or was changed.").SetName("AChangedFile_IsRefused"),
        new TestCaseData((Action<ZipArchive>)(zip => SamplePluginFolder.Replace(zip, "extra.dll", [1, 2, 3])),
            "'extra.dll' is not listed in SHA256SUMS: the package was changed after it was made.").SetName("AnUnlistedFile_IsRefused"),
        new TestCaseData((Action<ZipArchive>)(zip => zip.GetEntry("templates/reply.sbn")!.Delete()),
            "'templates/reply.sbn' is listed in SHA256SUMS but not in the package.").SetName("AListedFileThatIsMissing_IsRefused"),
        new TestCaseData((Action<ZipArchive>)(zip => SamplePluginFolder.Replace(zip, "sample.DLL", Encoding.ASCII.GetBytes("a second one"))),
            "The package holds 'Sample.dll' twice.").SetName("TwoEntriesOfTheSameNameInAnyCase_AreRefused"),
    ];

    [TestCaseSource(nameof(Tamperings))]
    public async Task ATamperedPackage_IsRefused_AndNothingStaysUnpacked(Action<ZipArchive> tamper, string message)
    {
        var package = await PackAsync();
        SamplePluginFolder.Tamper(package, tamper);

        AssertRefused(package, message);
    }

    [TestCase("../escaped.txt")]
    [TestCase("/etc/escaped.txt")]
    [TestCase("templates/../../escaped.txt")]
    [TestCase("C:\\escaped.txt")]
    [TestCase("templates/escaped\u0001.txt")]
    public async Task AFileOutsideThePluginFolder_IsRefused_AndNotWritten(string name)
    {
        var package = await PackAsync();
        var content = Encoding.ASCII.GetBytes("escaped");
        SamplePluginFolder.Tamper(package, zip =>
        {
            // Listed with its true checksum, so that only the path is wrong.
            var sums = Encoding.UTF8.GetString(Read(zip, "SHA256SUMS")) + $"{Convert.ToHexStringLower(SHA256.HashData(content))}  {name}\n";
            SamplePluginFolder.Replace(zip, "SHA256SUMS", Encoding.UTF8.GetBytes(sums));
            SamplePluginFolder.Replace(zip, name, content);
        });

        AssertRefused(package, $"The package holds a file with an unsafe path: '{name}'.");
        Assert.Multiple(() =>
        {
            Assert.That(Directory.GetFiles(_folder.Root, "escaped*.txt", SearchOption.AllDirectories), Is.Empty);
            Assert.That(File.Exists("/etc/escaped.txt"), Is.False);
        });
    }

    [Test]
    public async Task ADamagedEntry_IsRefused_InOneLine()
    {
        var package = await PackAsync();
        var bytes = await File.ReadAllBytesAsync(package);
        // The first byte of the entry's compressed data: all bits set is a deflate block of a type that does not exist.
        bytes[DataOffset(bytes, "plugin.json")] = 0xFF;
        await File.WriteAllBytesAsync(package, bytes);

        var target = _folder.NewTarget();
        var error = Assert.ThrowsAsync<PluginPackageException>(() => Reader().UnpackAsync(package, target, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.StartWith("The package cannot be unpacked: "));
            Assert.That(Directory.Exists(target), Is.False);
        });
    }

    [Test]
    public async Task PackingAgainInTheSameFolder_LeavesTheEarlierPackageOut()
    {
        var first = await PluginPackageWriter.PackAsync(_folder.PluginDirectory, _folder.PluginDirectory, null, CancellationToken.None);
        var firstSize = new FileInfo(first).Length;

        var second = await PluginPackageWriter.PackAsync(_folder.PluginDirectory, _folder.PluginDirectory, null, CancellationToken.None);

        using var zip = ZipFile.OpenRead(second);
        Assert.Multiple(() =>
        {
            Assert.That(zip.Entries.Select(e => e.FullName), Has.None.EndsWith(".sdpkg"));
            Assert.That(new FileInfo(second).Length, Is.EqualTo(firstSize));
        });
    }

    [Test]
    public void AFolderWithASymbolicLink_IsNotPacked()
    {
        var outside = Path.Combine(_folder.Root, "secret.txt");
        File.WriteAllText(outside, "not the plugin's");
        File.CreateSymbolicLink(Path.Combine(_folder.PluginDirectory, "templates", "secret.txt"), outside);

        var error = Assert.ThrowsAsync<PluginPackageException>(() => PackAsync());

        Assert.That(error!.Message, Is.EqualTo($"{Path.Combine(_folder.PluginDirectory, "templates", "secret.txt")} is a symbolic link; a package holds plain files only."));
    }

    [Test]
    public void AKeyThatIsNoPrivateKey_SignsNothing_AndLeavesNoPackage()
    {
        using var key = ECDsa.Create(ECCurve.NamedCurves.nistP256);

        var error = Assert.ThrowsAsync<PluginPackageException>(() => PackAsync(key.ExportSubjectPublicKeyInfoPem()));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Does.StartWith("The signing key is not an unencrypted PEM private key (ECDSA or RSA): "));
            Assert.That(Directory.Exists(_folder.Output) ? Directory.GetFiles(_folder.Output) : [], Is.Empty);
        });
    }

    [Test]
    public async Task AFileThatIsNoPackage_IsRefused()
    {
        var path = Path.Combine(_folder.Root, "holiday.sdpkg");
        await File.WriteAllTextAsync(path, "photos");

        AssertRefused(path, "holiday.sdpkg is not a plugin package (not a zip file).");
    }

    [Test]
    public async Task APackageWithoutChecksums_IsRefused()
    {
        var package = await PackAsync();
        SamplePluginFolder.Tamper(package, zip => zip.GetEntry("SHA256SUMS")!.Delete());

        AssertRefused(package, "The package has no SHA256SUMS: it was not made by 'servicedesk plugin pack'.");
    }

    [Test]
    public async Task APackageThatUnpacksTooLarge_IsRefused()
    {
        await File.WriteAllBytesAsync(Path.Combine(_folder.PluginDirectory, "big.bin"), new byte[2 * 1024 * 1024]);
        var package = await PackAsync();

        AssertRefused(package, "The package unpacks to more than 1 MB (ServiceDesk:PluginPackages:MaxUnpackedMegabytes).",
            new PluginPackageOptions { MaxUnpackedMegabytes = 1 });
    }

    [Test]
    public async Task AnUnsignedPackage_IsRefused_WhenSignaturesAreRequired()
    {
        var package = await PackAsync();

        AssertRefused(package, "The package is not signed, and this service desk requires packages signed by a trusted publisher (ServiceDesk:PluginPackages:RequireSignature).",
            await SigningOptionsAsync(ECDsa.Create(ECCurve.NamedCurves.nistP256).ExportSubjectPublicKeyInfoPem()));
    }

    [Test]
    public async Task APackageSignedByATrustedPublisher_NamesThem_WithEcdsaOrRsaKeys()
    {
        using var ecdsa = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var rsa = RSA.Create(2048);
        var byEcdsa = await PackAsync(ecdsa.ExportECPrivateKeyPem());
        var byEcdsaUnpacked = await Reader(await SigningOptionsAsync(ecdsa.ExportSubjectPublicKeyInfoPem())).UnpackAsync(byEcdsa, _folder.NewTarget(), CancellationToken.None);
        var byRsa = await PackAsync(rsa.ExportRSAPrivateKeyPem());
        var byRsaUnpacked = await Reader(await SigningOptionsAsync(rsa.ExportSubjectPublicKeyInfoPem())).UnpackAsync(byRsa, _folder.NewTarget(), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(byEcdsaUnpacked.Publisher, Is.EqualTo("acme"));
            Assert.That(byRsaUnpacked.Publisher, Is.EqualTo("acme"));
        });
    }

    [Test]
    public async Task ASignatureOfAnotherKey_OrOfChangedChecksums_IsRefused_WhenSignaturesAreRequired()
    {
        using var trusted = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        using var stranger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var options = await SigningOptionsAsync(trusted.ExportSubjectPublicKeyInfoPem());
        var byStranger = await PackAsync(stranger.ExportECPrivateKeyPem());
        const string refusal = "The package's signature is not from a trusted publisher (ServiceDesk:PluginPackages:TrustedPublishers), or the package was changed after it was signed.";
        AssertRefused(byStranger, refusal, options);

        var changed = await PackAsync(trusted.ExportECPrivateKeyPem());
        var content = Encoding.ASCII.GetBytes("malicious code");
        SamplePluginFolder.Tamper(changed, zip =>
        {
            // The file and its checksum both changed: only the signature can tell.
            var sums = Encoding.UTF8.GetString(Read(zip, "SHA256SUMS"));
            var line = sums.Split('\n').Single(l => l.EndsWith("  Sample.dll", StringComparison.Ordinal));
            sums = sums.Replace(line, $"{Convert.ToHexStringLower(SHA256.HashData(content))}  Sample.dll", StringComparison.Ordinal);
            SamplePluginFolder.Replace(zip, "SHA256SUMS", Encoding.UTF8.GetBytes(sums));
            SamplePluginFolder.Replace(zip, "Sample.dll", content);
        });
        AssertRefused(changed, refusal, options);
    }

    [Test]
    public async Task AStrangersSignature_CountsAsUnsigned_WhenSignaturesAreNotRequired()
    {
        using var stranger = ECDsa.Create(ECCurve.NamedCurves.nistP256);
        var package = await PackAsync(stranger.ExportECPrivateKeyPem());

        var unpacked = await Reader().UnpackAsync(package, _folder.NewTarget(), CancellationToken.None);

        Assert.That(unpacked.Publisher, Is.Null);
    }

    [Test]
    public void AFolderWithoutAValidManifest_IsNotPacked()
    {
        File.Delete(Path.Combine(_folder.PluginDirectory, "plugin.json"));

        var error = Assert.ThrowsAsync<PluginPackageException>(() => PackAsync());

        Assert.That(error!.Message, Is.EqualTo($"{_folder.PluginDirectory} is not a plugin folder: plugin.json is missing."));
    }

    private Task<string> PackAsync(string? privateKeyPem = null) =>
        PluginPackageWriter.PackAsync(_folder.PluginDirectory, _folder.Output, privateKeyPem, CancellationToken.None);

    private PluginPackageReader Reader(PluginPackageOptions? options = null) => new(options ?? new PluginPackageOptions(), _folder.Root);

    private async Task<PluginPackageOptions> SigningOptionsAsync(string publicKeyPem)
    {
        await File.WriteAllTextAsync(Path.Combine(_folder.Root, "acme.pub.pem"), publicKeyPem);
        return new PluginPackageOptions { RequireSignature = true, TrustedPublishers = { ["acme"] = "acme.pub.pem" } };
    }

    private void AssertRefused(string package, string message, PluginPackageOptions? options = null)
    {
        var target = _folder.NewTarget();
        var error = Assert.ThrowsAsync<PluginPackageException>(() => Reader(options).UnpackAsync(package, target, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(error!.Message, Is.EqualTo(message));
            Assert.That(Directory.Exists(target), Is.False, "the refused package left files behind");
        });
    }

    // Where an entry's compressed data begins: after its local header (30 bytes), its name and its extra field.
    private static int DataOffset(byte[] zip, string name)
    {
        var nameBytes = Encoding.ASCII.GetBytes(name);
        for (var i = 0; i + 30 < zip.Length; i++)
        {
            if (zip[i] == 'P' && zip[i + 1] == 'K' && zip[i + 2] == 3 && zip[i + 3] == 4
                && zip.AsSpan(i + 30, nameBytes.Length).SequenceEqual(nameBytes))
            {
                return i + 30 + BitConverter.ToUInt16(zip, i + 26) + BitConverter.ToUInt16(zip, i + 28);
            }
        }

        throw new AssertionException($"{name} is not in the package.");
    }

    private static byte[] Read(ZipArchive zip, string name)
    {
        using var stream = zip.GetEntry(name)!.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ServiceDesk.Abstractions.Plugins;
using ServiceDesk.Abstractions.Ui;

namespace ServiceDesk.Core.Tests.Plugins;

public sealed class UiContributionTests
{
    private static readonly PluginContext Billing = new("billing", "1.0.0", "/plugins/billing", new ConfigurationBuilder().Build());

    [TestCase("/plugins/complaints/hours")]
    [TestCase("/api/v1/tickets")]
    [TestCase("https://example.com/plugins/billing/hours")]
    public void APathOutsideThePluginsOwn_IsRefused(string path)
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new ServiceCollection().AddNavigationItem(Billing, "hours", new LocalizedText("Hours", "Часы"), path, UiArea.Agent));

        Assert.That(error!.Message, Does.StartWith($"The path of Navigation 'hours' must be below /api/v1/plugins/billing/ or /plugins/billing/, not '{path}'."));
    }

    [Test]
    public void ATitleWithoutItsRussianText_IsRefused()
    {
        var error = Assert.Throws<ArgumentException>(() =>
            new ServiceCollection().AddSettingsPage(Billing, new LocalizedText("Billing", " "), "/plugins/billing/settings"));

        Assert.That(error!.Message, Does.StartWith("SettingsPage 'settings' needs a title in English and in Russian."));
    }

    [Test]
    public void AContribution_IsRegisteredWithItsPlugin_AndItsArea()
    {
        var services = new ServiceCollection().AddTicketPanel(Billing, "hours", new LocalizedText("Hours", "Часы"), "/api/v1/plugins/billing/tickets/{number}/hours", order: 2);

        var contribution = services.BuildServiceProvider().GetRequiredService<UiContribution>();

        Assert.That(contribution, Is.EqualTo(new UiContribution("billing", UiContributionKind.TicketPanel, "hours", new LocalizedText("Hours", "Часы"),
            "/api/v1/plugins/billing/tickets/{number}/hours", UiArea.Agent, 2)));
    }
}

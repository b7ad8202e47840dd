using System.Text;
using TescForce.Application.Common.Persistence;
using TescForce.Infrastructure.Scaling;

namespace TescForce.UnitTests.Infrastructure.Scaling;

public sealed class ChangeNotificationTests
{
    private static readonly Guid Sender = Guid.NewGuid();

    [Fact]
    public void A_change_set_read_back_is_the_one_sent_with_its_sender()
    {
        var changes = new DataChangeSet(Ids(3), Ids(2), Taxonomy: true);

        var payloads = ChangeNotification.Encode(Sender, changes);
        ChangeNotification.TryDecode(payloads.Single(), out var sender, out var read).ShouldBeTrue();

        sender.ShouldBe(Sender);
        read.Consultants.ShouldBe(changes.Consultants, ignoreOrder: true);
        read.Companies.ShouldBe(changes.Companies, ignoreOrder: true);
        read.Taxonomy.ShouldBeTrue();
    }

    [Fact]
    public void A_large_change_set_is_split_into_payloads_under_the_PostgreSQL_limit_that_together_hold_every_id()
    {
        var changes = new DataChangeSet(Ids(5000), Ids(300), Taxonomy: false);

        var payloads = ChangeNotification.Encode(Sender, changes);
        var read = payloads.Select(p => ChangeNotification.TryDecode(p, out _, out var set) ? set : throw new InvalidOperationException(p)).ToList();

        payloads.Count.ShouldBeGreaterThan(1);
        payloads.ShouldAllBe(p => Encoding.UTF8.GetByteCount(p) < 8000);
        read.SelectMany(r => r.Consultants).ShouldBe(changes.Consultants, ignoreOrder: true);
        read.SelectMany(r => r.Companies).ShouldBe(changes.Companies, ignoreOrder: true);
    }

    [Fact]
    public void A_taxonomy_change_alone_is_one_payload()
    {
        var payloads = ChangeNotification.Encode(Sender, new DataChangeSet(Ids(0), Ids(0), Taxonomy: true));

        ChangeNotification.TryDecode(payloads.Single(), out _, out var read).ShouldBeTrue();
        read.Taxonomy.ShouldBeTrue();
    }

    [Fact]
    public void An_empty_change_set_sends_nothing()
    {
        ChangeNotification.Encode(Sender, new DataChangeSet(Ids(0), Ids(0), Taxonomy: false)).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json")]
    [InlineData("{\"c\":[\"0f\"]}")]
    [InlineData("{\"s\":\"00000000000000000000000000000000\"}")]
    [InlineData("{\"s\":\"3f2504e04f8941d39a0c0305e82c3301\",\"c\":[\"nope\"]}")]
    public void A_payload_that_cannot_be_read_is_refused(string payload)
    {
        ChangeNotification.TryDecode(payload, out _, out _).ShouldBeFalse();
    }

    [Fact]
    public void The_reload_marker_asks_for_everything()
    {
        ChangeNotification.TryDecode(ChangeNotification.ReloadEverything, out var sender, out var read).ShouldBeTrue();

        sender.ShouldBe(Guid.Empty);
        read.ShouldBeSameAs(DataChangeSet.Everything);
    }

    private static HashSet<Guid> Ids(int count) => [.. Enumerable.Range(0, count).Select(_ => Guid.NewGuid())];
}

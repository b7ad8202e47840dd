using TescForce.Domain.Companies;
using TescForce.Infrastructure.DemoData;
using TescForce.Infrastructure.Identity;

namespace TescForce.UnitTests.DemoData;

public sealed class CompanyPlannerTests
{
    [Fact]
    public void The_default_plan_has_a_few_large_esns_many_small_ones_and_250_consultants_for_the_demo_company()
    {
        var plan = CompanyPlanner.Plan(new Random(2026), 40, 10_000);

        plan.Count.ShouldBe(40);
        plan.Sum(p => p.Consultants).ShouldBe(10_000);
        plan[0].IsDemoCompany.ShouldBeTrue();
        plan[0].Template.Name.ShouldBe(DemoAccounts.CompanyName);
        plan[0].Consultants.ShouldBe(250);
        plan.Count(p => p.Consultants >= 750).ShouldBeInRange(3, 5);
        plan.Count(p => p.Consultants is >= 25 and <= 170).ShouldBeGreaterThanOrEqualTo(20);
        plan.Count(p => p.Status == CompanyStatus.Pending).ShouldBe(3);
        plan.Count(p => p.Status == CompanyStatus.Rejected).ShouldBe(1);
        plan.Where(p => p.Status != CompanyStatus.Approved).ShouldAllBe(p => p.Size == CompanySize.Small && !p.IsDemoCompany);
        plan.Where(p => p.Size == CompanySize.Large).ShouldAllBe(p => p.Template.IsGeneralist);
        plan.Select(p => p.Template.Name).ShouldBeUnique();
    }

    [Theory]
    [InlineData(1, 100)]
    [InlineData(2, 10)]
    [InlineData(5, 0)]
    [InlineData(40, 400)]
    [InlineData(120, 5000)]
    public void Every_consultant_goes_to_exactly_one_company_whatever_the_counts(int companies, int consultants)
    {
        var plan = CompanyPlanner.Plan(new Random(1), companies, consultants);

        plan.Count.ShouldBe(companies);
        plan.Sum(p => p.Consultants).ShouldBe(consultants);
        plan.ShouldAllBe(p => p.Consultants >= 0);
        plan.Select(p => p.Template.Name).ShouldBeUnique();
        plan.Count(p => p.IsDemoCompany).ShouldBe(1);
    }

    [Fact]
    public void The_same_seed_gives_the_same_plan_and_another_seed_another()
    {
        static string Describe(int seed) => string.Join(";", CompanyPlanner.Plan(new Random(seed), 40, 10_000)
            .Select(p => $"{p.Template.Name}:{p.Status}:{p.Consultants}"));

        Describe(5).ShouldBe(Describe(5));
        Describe(5).ShouldNotBe(Describe(6));
    }

    [Fact]
    public void Apportion_splits_in_proportion_with_whole_numbers_that_add_up()
    {
        CompanyPlanner.Apportion([1, 1, 1], 10).ShouldBe([4, 3, 3]);
        CompanyPlanner.Apportion([3, 1], 8).ShouldBe([6, 2]);
        CompanyPlanner.Apportion([], 10).ShouldBeEmpty();
        CompanyPlanner.Apportion([5, 7], 0).ShouldBe([0, 0]);
    }

    [Fact]
    public void Generated_sirens_are_nine_digits_with_a_valid_check_digit()
    {
        var random = new Random(42);
        for (var i = 0; i < 2000; i++)
        {
            var siren = SirenGenerator.Next(random);
            Siren.TryParse(siren, out var parsed, out var error).ShouldBeTrue(error);
            parsed.Value.ShouldBe(siren);
        }
    }
}

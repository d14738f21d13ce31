using ActorGraph.Core.Extraction;
using ActorGraph.Core.Model;

namespace ActorGraph.Core.Tests;

public class DateResolverTests
{
    private static readonly DateOnly Published = new(2014, 11, 6); // a Thursday

    [Theory]
    [InlineData("The Mayor said in early 2019, and again on Jan. 3, that talks failed.", "in early 2019|on Jan. 3")]
    [InlineData("Fighters doctrine: raids since(2014) and till mid-2015.", "2014|till mid-2015")]
    [InlineData("Decembrists met; three weeks later,the 5th of May, they split.", "three weeks later|the 5th of May")]
    [InlineData("A few days ago, and yesterday-morning too, the group held Sept. 11, 2001 dear.", "A few days ago|yesterday|Sept. 11, 2001")]
    [InlineData("The town fell wee\u212As ago (a Kelvin sign for the k).", "wee\u212As ago")]
    [InlineData("Rebels_2014 and x2014 and 2014x name no year.", "")]
    public void phrases_are_found_wherever_they_start_and_nowhere_inside_a_word(string sentence, string expected)
    {
        Assert.Equal(expected, string.Join("|", DateResolver.Find(sentence, Published).Select(d => d.Text)));
    }

    [Theory]
    [InlineData("The strikes came earlier today.", "earlier today", "2014-11-06", DatePrecision.Day)]
    [InlineData("It was hit until yesterday.", "until yesterday", "2014-11-05", DatePrecision.Day)]
    [InlineData("They announced on Sept. 23 that strikes hit.", "on Sept. 23", "2014-09-23", DatePrecision.Day)]
    [InlineData("Since late October, Nusra advanced.", "Since late October", "2014-10", DatePrecision.Month)]
    [InlineData("The group split in 2013.", "in 2013", "2013", DatePrecision.Year)]
    [InlineData("The base was hit on the 3rd of October.", "on the 3rd of October", "2014-10-03", DatePrecision.Day)]
    [InlineData("The base was hit on 3rd October, 2013.", "on 3rd October, 2013", "2013-10-03", DatePrecision.Day)]
    [InlineData("The group held the town in 2015-16.", "in 2015-16", "2015", DatePrecision.Year)]
    [InlineData("Drought struck the region in 2011–2012.", "in 2011–2012", "2011", DatePrecision.Year)]
    [InlineData("Fighting resumed last week.", "last week", "2014-10-30", DatePrecision.Week)]
    [InlineData("Rebels entered the town on Saturday.", "on Saturday", "2014-11-01", DatePrecision.Day)]
    [InlineData("The raid came three days ago.", "three days ago", "2014-11-03", DatePrecision.Day)]
    [InlineData("Talks collapsed in December.", "in December", "2013-12", DatePrecision.Month)]
    [InlineData("The town fell on March 3, 2014.", "on March 3, 2014", "2014-03-03", DatePrecision.Day)]
    [InlineData("Talks are set for Dec. 1, 2014.", "Dec. 1, 2014", "2014-12-01", DatePrecision.Day)]
    [InlineData("The town fell on 15 August 2014.", "on 15 August 2014", "2014-08-15", DatePrecision.Day)]
    [InlineData("Clashes began in mid-2012.", "in mid-2012", "2012", DatePrecision.Year)]
    [InlineData("The September attack failed.", "September", "2014-09", DatePrecision.Month)]
    [InlineData("Rebels shelled the town over the weekend.", "over the weekend", "2014-11-01", DatePrecision.Week)]
    [InlineData("Rebels shelled the town at the weekend.", "at the weekend", "2014-11-01", DatePrecision.Week)]
    [InlineData("Rebels shelled the town this past weekend.", "this past weekend", "2014-11-01", DatePrecision.Week)]
    [InlineData("Rebels shelled the town earlier in the week.", "earlier in the week", "2014-11-06", DatePrecision.Week)]
    [InlineData("They fought in the summer of 2013.", "in the summer of 2013", "2013", DatePrecision.Year)]
    [InlineData("Raids have continued since the start of the year.", "since the start of the year", "2014", DatePrecision.Year)]
    [InlineData("The truce broke down at the end of last month.", "the end of last month", "2014-10", DatePrecision.Month)]
    [InlineData("Fighting resumed early this week.", "early this week", "2014-11-06", DatePrecision.Week)]
    [InlineData("The front moved this spring.", "this spring", "2014", DatePrecision.Year)]
    [InlineData("The offensive stalled last summer.", "last summer", "2014", DatePrecision.Year)]
    [InlineData("The pass closed last winter.", "last winter", "2014", DatePrecision.Year)]
    [InlineData("The brigade recently switched sides.", "recently", "2014-11", DatePrecision.Month)]
    [InlineData("Shelling has grown worse in recent weeks.", "in recent weeks", "2014-11", DatePrecision.Month)]
    [InlineData("Only days earlier, the militia had shelled the town.", "days earlier", "2014-11-03", DatePrecision.Week)]
    [InlineData("The siege began weeks ago.", "weeks ago", "2014-10", DatePrecision.Month)]
    [InlineData("Three days earlier the town fell.", "Three days earlier", "2014-11-03", DatePrecision.Day)]
    [InlineData("The offensive began in April last year.", "in April last year", "2013-04", DatePrecision.Month)]
    [InlineData("The base fell on Dec. 3 last year.", "on Dec. 3 last year", "2013-12-03", DatePrecision.Day)]
    [InlineData("The truce broke down in March this year.", "in March this year", "2014-03", DatePrecision.Month)]
    [InlineData("A drone killed him last May.", "last May", "2014-05", DatePrecision.Month)]
    [InlineData("The town fell last November.", "last November", "2013-11", DatePrecision.Month)]
    public void resolves_phrases_against_the_publication_date(string sentence, string phrase, string expected, DatePrecision precision)
        => Resolves(sentence, phrase, expected, precision, Published);

    [Theory]
    [InlineData("The offensive stalled last summer.", "last summer", "2013")] // published in May: the summer before
    [InlineData("The pass closed last winter.", "last winter", "2014")]
    [InlineData("The pass closed last autumn.", "last autumn", "2013")]
    public void a_season_before_publication_is_the_last_one_over(string sentence, string phrase, string expected) =>
        Resolves(sentence, phrase, expected, DatePrecision.Year, new DateOnly(2014, 5, 20));

    [Theory]
    [InlineData("A year later the front collapsed.", "2019", DatePrecision.Year, "2020", DatePrecision.Year)]
    [InlineData("Two days later the town fell.", "2016-03-30", DatePrecision.Day, "2016-04-01", DatePrecision.Day)]
    [InlineData("Three months later a truce was signed.", "2016-11", DatePrecision.Month, "2017-02", DatePrecision.Month)]
    [InlineData("Days later the town fell.", "2016-03-30", DatePrecision.Day, "2016-04-02", DatePrecision.Week)]
    [InlineData("A month later the town fell.", "2019", DatePrecision.Year, "2019", DatePrecision.Year)] // no closer than the year counted from
    [InlineData("The town fell the same day.", "2016-03-30", DatePrecision.Day, "2016-03-30", DatePrecision.Day)]
    [InlineData("Later that day the town fell.", "2016-03-30", DatePrecision.Day, "2016-03-30", DatePrecision.Day)]
    [InlineData("The army retook the town the following day.", "2016-03-30", DatePrecision.Day, "2016-03-31", DatePrecision.Day)]
    [InlineData("It joined the coalition the next year.", "2011-10", DatePrecision.Month, "2012", DatePrecision.Year)]
    public void a_time_later_counts_on_from_the_time_the_story_is_at_and_alone_is_no_date(string sentence, string from, DatePrecision fromPrecision, string expected, DatePrecision precision)
    {
        var found = Assert.Single(DateResolver.Find(sentence, Published));
        Assert.Null(found.Date); // counted from the publication it would be wrong
        Assert.Equal("later", found.Qualifier);
        var on = DateResolver.Later(found.Text, new PartialDate(PartialDate.Parse(from)!.Value.Value, fromPrecision));
        Assert.Equal(expected, on?.ToString());
        Assert.Equal(precision, on?.Precision);
    }

    [Fact]
    public void the_same_day_after_no_day_told_is_no_date() =>
        Assert.Null(DateResolver.Later("the same day", new PartialDate(new DateOnly(2016, 1, 1), DatePrecision.Year)));

    private static void Resolves(string sentence, string phrase, string expected, DatePrecision precision, DateOnly published)
    {
        var found = Assert.Single(DateResolver.Find(sentence, published));
        Assert.Equal(phrase, found.Text);
        Assert.Equal(expected, found.Date?.ToString());
        Assert.Equal(precision, found.Date?.Precision);
    }

    [Theory]
    [InlineData("Nusra attacked the SRF yesterday.", "yesterday")]
    [InlineData("Strikes began on Sept. 22.", "on Sept. 22")]
    public void leaves_relative_dates_unresolved_without_a_publication_date(string sentence, string phrase)
    {
        var found = Assert.Single(DateResolver.Find(sentence, published: null));
        Assert.Equal(phrase, found.Text);
        Assert.Null(found.Date);
    }

    [Fact]
    public void resolves_dates_that_carry_their_year_without_a_publication_date() =>
        Assert.Equal("2014-09-22", Assert.Single(DateResolver.Find("Strikes began on Sept. 22, 2014.", null)).Date?.ToString());

    [Theory]
    [InlineData("Raids have grown in recent months.")]
    [InlineData("They may attack the town.")]
    [InlineData("Rebels march on the capital.")]
    [InlineData("Some 2000 fighters joined.")]
    public void does_not_read_verbs_or_counts_as_dates(string sentence) =>
        Assert.Empty(DateResolver.Find(sentence, Published));

    [Theory]
    [InlineData("The Islamic State attacked Palmyra, a city founded 4000 years ago.", "2015-01-01", "4000 years ago")]
    [InlineData("Rebels shelled the town 999999 days ago.", "2015-01-01", "999999 days ago")]
    [InlineData("Rebels shelled the town 99999999999 days ago.", "2015-01-01", "99999999999 days ago")]
    [InlineData("Rebels shelled the town yesterday.", "0001-01-01", "yesterday")]
    [InlineData("Rebels shelled the town last year.", "0001-01-01", "last year")]
    public void dates_outside_the_calendar_stay_unresolved_instead_of_failing(string sentence, string published, string phrase)
    {
        var found = Assert.Single(DateResolver.Find(sentence, DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal(phrase, found.Text);
        Assert.Null(found.Date);
    }

    [Fact]
    public void keeps_since_and_until_as_qualifiers()
    {
        var dates = DateResolver.Find("Not since Sept. 23, and not until today.", Published);
        Assert.Equal(["since", "until"], dates.Select(d => d.Qualifier));
    }
}

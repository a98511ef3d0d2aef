package dev.eddy.climate.blocking;

import java.util.Locale;

/**
 * Conversion of CF time values ("&lt;unit&gt; since &lt;date&gt;") to days. A month is udunits' 1/12 of a tropical year
 * (30.436849 days), which is what CF readers assume; monthly files are only approximately dated that way.
 */
public final class TimeUnits {
    private TimeUnits() {
    }

    /**
     * Days per unit of a CF time-units string.
     *
     * @throws IllegalArgumentException if the unit is not months, days, hours, minutes or seconds since a reference
     */
    public static double daysPerUnit(String units) {
        String u = units.trim().toLowerCase(Locale.ROOT);
        int since = u.indexOf(" since ");
        if (since < 0) {
            throw new IllegalArgumentException("time units '" + units + "' are not of the form '<unit> since <date>'");
        }
        String unit = u.substring(0, since).trim();
        return switch (unit) {
            case "day", "days", "d" -> 1;
            case "hour", "hours", "hr", "hrs", "h" -> 1 / 24.0;
            case "minute", "minutes", "min", "mins" -> 1 / 1440.0;
            case "second", "seconds", "sec", "secs", "s" -> 1 / 86400.0;
            case "month", "months" -> 365.242198781 / 12;
            default -> throw new IllegalArgumentException("unsupported time unit '" + unit + "' in '" + units + "'");
        };
    }
}

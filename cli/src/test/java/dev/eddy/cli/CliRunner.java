package dev.eddy.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** Runs {@link Main#execute} in-process and captures exit code, stdout and stderr. */
public record CliRunner(int exitCode, String out, String err) {

    public static CliRunner run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
        return new CliRunner(code, out.toString(), err.toString());
    }
}

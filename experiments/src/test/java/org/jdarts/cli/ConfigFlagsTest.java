package org.jdarts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jdarts.experiments.Numbers;
import org.jdarts.experiments.SearchConfig;
import org.jdarts.experiments.SearchPreset;
import org.jdarts.experiments.TrainConfig;
import org.jdarts.space.ConfigException;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The flags build the configurations the library's builders build, and a refused field is said as its flag. */
class ConfigFlagsTest {

    private static SearchCommand search(String... args) {
        SearchCommand command = new SearchCommand();
        new CommandLine(command).parseArgs(args);
        return command;
    }

    @Test
    void withoutFlagsTheCommandsBuildTheBuildersDefaults() {
        assertEquals(SearchConfig.builder().setSpace("darts").build(), search().config());
        TrainCommand train = new TrainCommand();
        new CommandLine(train).parseArgs("--genotype", "DARTS_V2");
        assertEquals(TrainConfig.builder().setGenotype("DARTS_V2").build(), train.config());
    }

    @Test
    void theHelpStatesTheBuildersDefaults() {
        CommandLine.Model.CommandSpec spec = new CommandLine(new SearchCommand()).getCommandSpec();
        java.util.Map<String, Double> defaults = java.util.Map.of("--split", SearchConfig.DEFAULT_SPLIT_PORTION,
                "--arch-weight-decay", SearchConfig.DEFAULT_ARCH_WEIGHT_DECAY);
        defaults.forEach((flag, value) -> assertEquals(true, String.join(" ", spec.findOption(flag).description())
                .contains("(default: " + Numbers.plain(value) + ")"), flag));
        assertEquals(true, String.join(" ", spec.findOption("--arch-lr").description())
                .contains("quick " + Numbers.plain(SearchPreset.QUICK_ARCH.lr()) + ", paper "
                        + Numbers.plain(SearchConfig.DEFAULT_ARCH_LR)));
        assertEquals(true, String.join(" ", spec.findOption("--seed").description())
                .contains("default: " + SearchConfig.DEFAULT_SEED + " to search"));
    }

    @Test
    void flagsSetWhatTheBuildersOptMethodsSet() {
        SearchConfig fromFlags = search("--space", "darts-ir", "--preset", "paper", "--epochs", "3", "--split", "0.6",
                "--lr", "0.05", "--arch-lr", "6e-4", "--seed", "9", "--order", "second", "--method", "pc-darts",
                "--method-option", "k=2", "--hessian-every", "2").config();
        SearchConfig built = SearchConfig.builder().setSpace("darts-ir").optPreset(SearchPreset.PAPER).optEpochs(3)
                .optSplitPortion(0.6).optLr(0.05).optArchLr(6e-4).optSeed(9).optOrder("second")
                .optMethod("pc-darts", java.util.Map.of("k", 2L)).optHessianEvery(2).build();
        assertEquals(built, fromFlags);
        assertEquals(16, fromFlags.sizes().channels(), "the preset's value where no flag is given");
    }

    @Test
    void aRefusedFieldIsSaidAsItsFlag() {
        CommandLine.Model.CommandSpec spec = new CommandLine(new SearchCommand()).getCommandSpec();
        assertEquals("--split must be in (0, 1), got 1.5", FlagWords.of(
                org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
                        () -> search("--split", "1.5").config()), spec));
        assertEquals("--batch-size must be at least 1, got 0", FlagWords.of(
                org.junit.jupiter.api.Assertions.assertThrows(ConfigException.class,
                        () -> search("--batch-size", "0").config()), spec));
        assertEquals("archBeta2 must be in [0, 1), got 1.0", FlagWords.of(
                new ConfigException("archBeta2", "must be in [0, 1), got 1.0"), spec),
                "a field without a flag keeps its own name");
    }
}

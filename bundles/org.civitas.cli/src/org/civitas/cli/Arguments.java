package org.civitas.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

/**
 * The words after a command: positional operands, {@code --flag}s and {@code --option value}s.
 * Each command says which options take a value; anything else starting with {@code --} is a flag.
 */
final class Arguments {

	private final List<String> operands = new ArrayList<>();
	private final Map<String, String> options = new HashMap<>();

	Arguments(List<String> words, Set<String> valuedOptions, Set<String> flags) throws CommandException {
		for (int i = 0; i < words.size(); i++) {
			String word = words.get(i);
			if (!word.startsWith("--")) { //$NON-NLS-1$
				operands.add(word);
			} else if (valuedOptions.contains(word)) {
				if (i + 1 >= words.size()) {
					throw CommandException.usage(NLS.bind(Messages.Arguments_missingValue, word));
				}
				options.put(word, words.get(++i));
			} else if (flags.contains(word)) {
				options.put(word, ""); //$NON-NLS-1$
			} else {
				throw CommandException.usage(NLS.bind(Messages.Arguments_unknownOption, word));
			}
		}
	}

	List<String> operands() {
		return operands;
	}

	boolean has(String option) {
		return options.containsKey(option);
	}

	String value(String option, String defaultValue) {
		return options.getOrDefault(option, defaultValue);
	}

	long number(String option, long defaultValue, long minimum) throws CommandException {
		String text = options.get(option);
		if (text == null) {
			return defaultValue;
		}
		try {
			long value = Long.parseLong(text.replace("_", "")); //$NON-NLS-1$ //$NON-NLS-2$
			if (value < minimum) {
				throw CommandException.usage(NLS.bind(Messages.Arguments_tooSmall, new Object[] { option, text, minimum }));
			}
			return value;
		} catch (NumberFormatException notANumber) {
			throw CommandException.usage(NLS.bind(Messages.Arguments_notANumber, option, text));
		}
	}

	/** Exactly {@code count} operands, or a usage error naming what is expected. */
	List<String> requireOperands(int count, String expected) throws CommandException {
		if (operands.size() != count) {
			throw CommandException.usage(NLS.bind(Messages.Arguments_wrongOperands, expected));
		}
		return operands;
	}
}

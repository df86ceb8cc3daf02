package org.jdarts.cifar100;

import java.util.List;
import org.jdarts.data.ImageShape;

/** Facts of CIFAR-100's binary layout (the "CIFAR-100 binary version" of its publishers). */
public final class Cifar100 {

    /** The training file: 50,000 records. */
    public static final String TRAIN_FILE = "train.bin";

    /** The test file: 10,000 records. */
    public static final String TEST_FILE = "test.bin";

    /** Records of the published training file. */
    public static final int TRAIN_RECORDS = 50_000;

    /** Records of the published test file. */
    public static final int TEST_RECORDS = 10_000;

    /** The shape of every image. */
    public static final ImageShape SHAPE = new ImageShape(3, 32, 32);

    /** Bytes per record: the coarse label, the fine label, the pixels (red, green, blue planes). */
    public static final int RECORD_BYTES = 2 + SHAPE.bytes();

    /** The file that names the fine labels, one per line, when the folder has it. */
    public static final String FINE_NAMES_FILE = "fine_label_names.txt";

    /** The file that names the coarse labels, one per line, when the folder has it. */
    public static final String COARSE_NAMES_FILE = "coarse_label_names.txt";

    /** The 100 fine labels' names, in label order (used when the folder has no names file). */
    public static final List<String> FINE_NAMES = List.of(
            "apple", "aquarium_fish", "baby", "bear", "beaver", "bed", "bee", "beetle", "bicycle", "bottle",
            "bowl", "boy", "bridge", "bus", "butterfly", "camel", "can", "castle", "caterpillar", "cattle",
            "chair", "chimpanzee", "clock", "cloud", "cockroach", "couch", "crab", "crocodile", "cup", "dinosaur",
            "dolphin", "elephant", "flatfish", "forest", "fox", "girl", "hamster", "house", "kangaroo", "keyboard",
            "lamp", "lawn_mower", "leopard", "lion", "lizard", "lobster", "man", "maple_tree", "motorcycle",
            "mountain", "mouse", "mushroom", "oak_tree", "orange", "orchid", "otter", "palm_tree", "pear",
            "pickup_truck", "pine_tree", "plain", "plate", "poppy", "porcupine", "possum", "rabbit", "raccoon",
            "ray", "road", "rocket", "rose", "sea", "seal", "shark", "shrew", "skunk", "skyscraper", "snail",
            "snake", "spider", "squirrel", "streetcar", "sunflower", "sweet_pepper", "table", "tank", "telephone",
            "television", "tiger", "tractor", "train", "trout", "tulip", "turtle", "wardrobe", "whale",
            "willow_tree", "wolf", "woman", "worm");

    /** The 20 coarse labels' (superclasses') names, in label order. */
    public static final List<String> COARSE_NAMES = List.of(
            "aquatic_mammals", "fish", "flowers", "food_containers", "fruit_and_vegetables",
            "household_electrical_devices", "household_furniture", "insects", "large_carnivores",
            "large_man-made_outdoor_things", "large_natural_outdoor_scenes", "large_omnivores_and_herbivores",
            "medium_mammals", "non-insect_invertebrates", "people", "reptiles", "small_mammals", "trees",
            "vehicles_1", "vehicles_2");

    private Cifar100() {}
}

// placeholder until the seed lands
